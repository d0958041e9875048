<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BackupScheduler</name>
    <message>
        <source>已自动备份：%1</source>
        <translation>Automatic backup made: %1</translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <source>即将推出</source>
        <translation>Coming soon</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>客户档案</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <source>新客户：填写下方信息后登记到店。</source>
        <translation>New customer: fill in the form below, then register.</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>意向级别：%1&#x3000;顾问：%2</source>
        <translation>Intent level: %1   Consultant: %2</translation>
    </message>
    <message>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>车辆：%1&#x3000;待办回访：%2</source>
        <translation>Vehicles: %1   Open follow-ups: %2</translation>
    </message>
    <message>
        <source>尚无到店记录。</source>
        <translation>No visits yet.</translation>
    </message>
    <message>
        <source>到店记录：</source>
        <translation>Visits:</translation>
    </message>
</context>
<context>
    <name>CustomerLookup</name>
    <message>
        <source>输入手机号、姓名（或拼音首字母）、车牌查找客户</source>
        <translation>Type a mobile number, name (or pinyin initials) or plate to find a customer</translation>
    </message>
    <message>
        <source>找到 %1 位客户，选择一位，或直接新建。</source>
        <translation>%1 customers found: pick one, or create a new one.</translation>
    </message>
    <message>
        <source>未找到，将按下方信息新建客户。</source>
        <translation>Not found: a new customer will be created from the form.</translation>
    </message>
    <message>
        <source>可能是同一人：请选择已有客户，或确认新建。</source>
        <translation>Possibly the same person: pick the existing customer, or confirm a new one.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>展厅接待</source>
        <translation>Showroom</translation>
    </message>
    <message>
        <source>回访日历</source>
        <translation>Follow-up calendar</translation>
    </message>
    <message>
        <source>售后接车</source>
        <translation>Service check-in</translation>
    </message>
    <message>
        <source>客户投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>DealerDesk 4S 店前台</source>
        <translation>DealerDesk dealership front desk</translation>
    </message>
    <message>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>当前员工：</source>
        <translation>Staff at the desk: </translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>ReceptionTab</name>
    <message>
        <source>登记到店</source>
        <translation>Register arrival</translation>
    </message>
    <message>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>登记离店</source>
        <translation>Register departure</translation>
    </message>
    <message>
        <source>离店时间</source>
        <translation>Departure time</translation>
    </message>
    <message>
        <source>已登记到店（接待单号 %1）。</source>
        <translation>Arrival registered (visit no. %1).</translation>
    </message>
    <message>
        <source>可能重复的客户</source>
        <translation>Possible duplicate customer</translation>
    </message>
    <message>
        <source>选择“是”新建客户；选择“否”从列表中选择已有客户。</source>
        <translation>Choose “Yes” to create a new customer; “No” to pick an existing one from the list.</translation>
    </message>
    <message>
        <source>请先在右侧列表中选择一条接待记录。</source>
        <translation>First select a visit in the list on the right.</translation>
    </message>
    <message>
        <source>%1 已离店：已生成离店关怀短信和当晚回访任务。</source>
        <translation>%1 has left: the thank-you message and this evening&apos;s callback task were created.</translation>
    </message>
    <message>
        <source>%1 的离店时间已更新。</source>
        <translation>Departure time of %1 updated.</translation>
    </message>
</context>
<context>
    <name>TrafficBar</name>
    <message>
        <source>今日客流 %1 批（首次 %2，再次 %3）｜试驾 %4｜在店 %5｜成交 %6｜转化率 %7</source>
        <translation>Today %1 parties (first %2, return %3) | test drives %4 | in store %5 | deals %6 | conversion %7</translation>
    </message>
</context>
<context>
    <name>VisitsPanel</name>
    <message>
        <source>到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>离店</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>首次/再次</source>
        <translation>First/return</translation>
    </message>
    <message>
        <source>首次</source>
        <translation>First</translation>
    </message>
    <message>
        <source>再次</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>意向车型</source>
        <translation>Model of interest</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>试驾</source>
        <translation>Test drive</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>全部顾问</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <source>全部级别</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>WalkInFormView</name>
    <message>
        <source>自然到店</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>电话邀约</source>
        <translation>Phone invitation</translation>
    </message>
    <message>
        <source>网络线索</source>
        <translation>Online lead</translation>
    </message>
    <message>
        <source>老客户介绍</source>
        <translation>Customer referral</translation>
    </message>
    <message>
        <source>车展活动</source>
        <translation>Auto show / event</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>空间</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>动力</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>油耗/电耗</source>
        <translation>Fuel/energy use</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>外观</source>
        <translation>Looks</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>家用</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>商务</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>豪华</source>
        <translation>Luxury</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>11 位手机号</source>
        <translation>11-digit mobile number</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>（未分配）</source>
        <translation>(unassigned)</translation>
    </message>
    <message>
        <source>到店时间</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <source>来店人数</source>
        <translation>Party size</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>销售顾问</source>
        <translation>Sales consultant</translation>
    </message>
    <message>
        <source>意向级别</source>
        <translation>Intent level</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(undecided)</translation>
    </message>
    <message>
        <source> 万</source>
        <translation> ×10k CNY</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>意向车型</source>
        <translation>Model of interest</translation>
    </message>
    <message>
        <source>预算（下限—上限）</source>
        <translation>Budget (from–to)</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>关注点</source>
        <translation>Priorities</translation>
    </message>
    <message>
        <source>已试乘试驾</source>
        <translation>Test drive taken</translation>
    </message>
    <message>
        <source>试驾</source>
        <translation>Test drive</translation>
    </message>
    <message>
        <source>试驾路线</source>
        <translation>Test-drive route</translation>
    </message>
    <message>
        <source>试驾反馈</source>
        <translation>Test-drive feedback</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>DealerDesk 遇到意外错误，已记录到日志。已保存的数据不受影响。</source>
        <translation>DealerDesk hit an unexpected error and wrote it to the log. Data already saved is not affected.</translation>
    </message>
</context>
</TS>
