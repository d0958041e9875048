<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ActionPanel</name>
    <message>
        <source>处理回访</source>
        <translation>Handle follow-up</translation>
    </message>
    <message>
        <source>复制短信/微信 (M)</source>
        <translation>Copy SMS/WeChat text (M)</translation>
    </message>
    <message>
        <source>客户全景 (C)</source>
        <translation>Customer 360° (C)</translation>
    </message>
    <message>
        <source>显示号码</source>
        <translation>Show number</translation>
    </message>
    <message>
        <source>结果备注（跳过须写原因）</source>
        <translation>Outcome notes (a skip needs a reason)</translation>
    </message>
    <message>
        <source>（级别不变）</source>
        <translation>(level unchanged)</translation>
    </message>
    <message>
        <source>（未答复）</source>
        <translation>(no answer yet)</translation>
    </message>
    <message>
        <source>指定下次跟进</source>
        <translation>Set next follow-up</translation>
    </message>
    <message>
        <source>已联系</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>未接通</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>改期</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>%1 预约到店</source>
        <translation>%1 Book a visit</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>改期/再联系日期</source>
        <translation>New date / call back on</translation>
    </message>
    <message>
        <source>意向级别</source>
        <translation>Intent level</translation>
    </message>
    <message>
        <source>邀约回复</source>
        <translation>Invitation answer</translation>
    </message>
    <message>
        <source>快捷键：在列表中按 1-5 记录结果，6 预约到店，M 复制消息，C 打开客户档案</source>
        <translation>Keys: 1-5 in the list record the outcome, 6 books a visit, M copies the message, C opens the customer&apos;s card</translation>
    </message>
    <message>
        <source>请在左侧列表中选择一条回访。</source>
        <translation>Select a follow-up in the list on the left.</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>按原因</source>
        <translation>By cause</translation>
    </message>
    <message>
        <source>%1按时 %2/%3</source>
        <translation>%1 on time %2/%3</translation>
    </message>
    <message>
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>投诉 %1 件</source>
        <translation>%1 complaints</translation>
    </message>
    <message>
        <source>首次响应中位 %1 分钟，结案中位 %2 小时</source>
        <translation>Median first response %1 min, median time to close %2 h</translation>
    </message>
    <message>
        <source>重复投诉客户：</source>
        <translation>Customers complaining again:</translation>
    </message>
    <message>
        <source>导出投诉分析</source>
        <translation>Export complaint analysis</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>已导出：</source>
        <translation>Exported: </translation>
    </message>
</context>
<context>
    <name>AppointmentModels</name>
    <message>
        <source>接车</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>一二三四五六日</source>
        <translation>MTWTFSS</translation>
    </message>
    <message>
        <source>休息</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>工时 %1/%2h</source>
        <translation>Work %1/%2h</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>AppointmentTab</name>
    <message>
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>全部顾问</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <source>新预约 (N)</source>
        <translation>New booking (N)</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>改期</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>已到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>进度看板</source>
        <translation>Progress board</translation>
    </message>
    <message>
        <source>日视图</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>周视图</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>正在载入节假日日历…</source>
        <translation>Loading the holiday calendar…</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>%1 不是工作日。</source>
        <translation>%1 is not a working day.</translation>
    </message>
    <message>
        <source>技师工时：已约 %1 小时，共 %2 小时，剩余 %3 小时</source>
        <translation>Technician hours: %1 h booked of %2 h, %3 h free</translation>
    </message>
    <message>
        <source>已预约：%1 %2</source>
        <translation>Booked: %1 %2</translation>
    </message>
    <message>
        <source>取消原因（可不填）：</source>
        <translation>Why cancelled (optional):</translation>
    </message>
    <message>
        <source>%1 个预约未到店，已为顾问生成回访。</source>
        <translation>%1 bookings were not kept; their advisors have a call to make.</translation>
    </message>
</context>
<context>
    <name>Appointments</name>
    <message>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>钣喷</source>
        <translation>Body and paint</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance claim</translation>
    </message>
    <message>
        <source>召回</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>App</translation>
    </message>
    <message>
        <source>到店</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>已确认</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>已到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>未到店</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>ArchivePanel</name>
    <message>
        <source>投诉单号或客户姓名</source>
        <translation>Complaint no. or customer name</translation>
    </message>
    <message>
        <source>只看已归档</source>
        <translation>Archived only</translation>
    </message>
</context>
<context>
    <name>ArrivalsStrip</name>
    <message>
        <source>今日预约已全部到店或没有预约。</source>
        <translation>Every booking of today has arrived, or there are none.</translation>
    </message>
    <message>
        <source>今日待到店 %1 辆</source>
        <translation>%1 cars still to come today</translation>
    </message>
    <message>
        <source>（迟到 %1 辆）</source>
        <translation> (%1 late)</translation>
    </message>
    <message>
        <source>等 %1 辆</source>
        <translation> and more, %1 in all</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车型配置</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>车身颜色</source>
        <translation>Body colour</translation>
    </message>
    <message>
        <source>到店接待</source>
        <translation>Showroom visit</translation>
    </message>
    <message>
        <source>订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>交车</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>维修委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>维修项目</source>
        <translation>Work item</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>员工账号</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>门店标志</source>
        <translation>Store logo</translation>
    </message>
    <message>
        <source>回访任务</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>导入批次</source>
        <translation>Import batch</translation>
    </message>
    <message>
        <source>重点客户管理表</source>
        <translation>Key-customer sheet</translation>
    </message>
    <message>
        <source>活动邀约</source>
        <translation>Event invitation</translation>
    </message>
    <message>
        <source>活动邀约名单</source>
        <translation>Campaign invitation</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>维修单号</source>
        <translation>Repair order no.</translation>
    </message>
    <message>
        <source>进厂里程</source>
        <translation>Odometer at check-in</translation>
    </message>
    <message>
        <source>交车里程</source>
        <translation>Odometer at handover</translation>
    </message>
    <message>
        <source>交车时间</source>
        <translation>Handed over at</translation>
    </message>
    <message>
        <source>客户意见</source>
        <translation>Customer&apos;s answer</translation>
    </message>
    <message>
        <source>图片</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>客户类型</source>
        <translation>Customer type</translation>
    </message>
    <message>
        <source>车主类型</source>
        <translation>Owner type</translation>
    </message>
    <message>
        <source>客户阶段</source>
        <translation>Customer stage</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>农历生日（月）</source>
        <translation>Lunar birthday (month)</translation>
    </message>
    <message>
        <source>农历生日（日）</source>
        <translation>Lunar birthday (day)</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>爱好</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>District</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>偏好联系方式</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>驾龄</source>
        <translation>Years driving</translation>
    </message>
    <message>
        <source>来源渠道</source>
        <translation>Source channel</translation>
    </message>
    <message>
        <source>介绍人</source>
        <translation>Referred by</translation>
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
        <source>战败原因</source>
        <translation>Reason lost</translation>
    </message>
    <message>
        <source>有未结投诉</source>
        <translation>Has an open complaint</translation>
    </message>
    <message>
        <source>最近到店</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>购车日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>交车日期</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <source>质保到期</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <source>质保里程</source>
        <translation>Warranty (km)</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance ends</translation>
    </message>
    <message>
        <source>年审到期</source>
        <translation>Annual inspection due</translation>
    </message>
    <message>
        <source>常用路况</source>
        <translation>Usual roads</translation>
    </message>
    <message>
        <source>日均里程</source>
        <translation>km a day (average)</translation>
    </message>
    <message>
        <source>下次保养日期</source>
        <translation>Next service date</translation>
    </message>
    <message>
        <source>下次保养里程</source>
        <translation>Next service km</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>车系</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>新能源</source>
        <translation>New energy</translation>
    </message>
    <message>
        <source>指导价</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>首保里程</source>
        <translation>First service at (km)</translation>
    </message>
    <message>
        <source>首保月数</source>
        <translation>First service (months)</translation>
    </message>
    <message>
        <source>保养间隔里程</source>
        <translation>Service interval (km)</translation>
    </message>
    <message>
        <source>保养间隔月数</source>
        <translation>Service interval (months)</translation>
    </message>
    <message>
        <source>质保年限</source>
        <translation>Warranty (years)</translation>
    </message>
    <message>
        <source>质保公里数</source>
        <translation>Warranty (km)</translation>
    </message>
    <message>
        <source>接待员</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>到店时间</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <source>离店时间</source>
        <translation>Departure time</translation>
    </message>
    <message>
        <source>来店人数</source>
        <translation>Party size</translation>
    </message>
    <message>
        <source>首次到店</source>
        <translation>First visit</translation>
    </message>
    <message>
        <source>意向车型</source>
        <translation>Model of interest</translation>
    </message>
    <message>
        <source>预算下限</source>
        <translation>Budget from</translation>
    </message>
    <message>
        <source>预算上限</source>
        <translation>Budget up to</translation>
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
    <message>
        <source>订单编号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>配置</source>
        <translation>Trim</translation>
    </message>
    <message>
        <source>成交价</source>
        <translation>Deal price</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>贷款银行</source>
        <translation>Lending bank</translation>
    </message>
    <message>
        <source>贷款期数（月）</source>
        <translation>Loan term (months)</translation>
    </message>
    <message>
        <source>签约时间</source>
        <translation>Signed at</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Delivery due</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>服务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>接车时间</source>
        <translation>Checked in at</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>油量</source>
        <translation>Fuel level</translation>
    </message>
    <message>
        <source>客户描述</source>
        <translation>Customer&apos;s description</translation>
    </message>
    <message>
        <source>初检记录</source>
        <translation>Initial inspection</translation>
    </message>
    <message>
        <source>承诺交车时间</source>
        <translation>Promised for</translation>
    </message>
    <message>
        <source>结算金额</source>
        <translation>Final amount</translation>
    </message>
    <message>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>材料费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>客户同意时间</source>
        <translation>Customer agreed at</translation>
    </message>
    <message>
        <source>客户同意说明</source>
        <translation>Customer&apos;s consent note</translation>
    </message>
    <message>
        <source>建议项目</source>
        <translation>Suggested work</translation>
    </message>
    <message>
        <source>投诉单号</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>补录原因</source>
        <translation>Reason for late entry</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department responsible</translation>
    </message>
    <message>
        <source>响应时限</source>
        <translation>Response due</translation>
    </message>
    <message>
        <source>初步方案时限</source>
        <translation>First proposal due</translation>
    </message>
    <message>
        <source>最终方案时限</source>
        <translation>Final proposal due</translation>
    </message>
    <message>
        <source>响应时间</source>
        <translation>Responded at</translation>
    </message>
    <message>
        <source>初步方案时间</source>
        <translation>First proposal at</translation>
    </message>
    <message>
        <source>最终方案时间</source>
        <translation>Final proposal at</translation>
    </message>
    <message>
        <source>暂停开始</source>
        <translation>Paused since</translation>
    </message>
    <message>
        <source>暂停原因</source>
        <translation>Pause reason</translation>
    </message>
    <message>
        <source>结案时间</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>累计暂停（秒）</source>
        <translation>Paused in total (s)</translation>
    </message>
    <message>
        <source>重开次数</source>
        <translation>Times reopened</translation>
    </message>
    <message>
        <source>追加处理轮次</source>
        <translation>Extra rounds</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>设置项</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>设置值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>图片格式</source>
        <translation>Image format</translation>
    </message>
    <message>
        <source>文件名</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>营销联系授权</source>
        <translation>Consent to marketing</translation>
    </message>
    <message>
        <source>问候联系授权</source>
        <translation>Consent to greetings</translation>
    </message>
    <message>
        <source>服务提醒授权</source>
        <translation>Consent to service reminders</translation>
    </message>
    <message>
        <source>邀约回复</source>
        <translation>Invitation answer</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>登录失败</source>
        <translation>Failed sign-in</translation>
    </message>
    <message>
        <source>新建</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>查看完整号码</source>
        <translation>Full number viewed</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>撤销导入</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>联系授权</source>
        <translation>Contact consent</translation>
    </message>
    <message>
        <source>修改设置</source>
        <translation>Setting changed</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>重置密码</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <source>修改密码被拒</source>
        <translation>Password change refused</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>Disable account</translation>
    </message>
    <message>
        <source>按手机号查找</source>
        <translation>Search by mobile</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>员工</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原值</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>新值</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>全部员工</source>
        <translation>All staff</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>已自动备份：%1</source>
        <translation>Automatic backup made: %1</translation>
    </message>
</context>
<context>
    <name>BoardTab</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>日报 PDF</source>
        <translation>Daily report PDF</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 的数据</source>
        <translation>Figures of %1</translation>
    </message>
</context>
<context>
    <name>BookingDetail</name>
    <message>
        <source>预约详情</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>选择一条预约查看详情。</source>
        <translation>Choose a booking to see it.</translation>
    </message>
    <message>
        <source>客户描述：%1</source>
        <translation>Customer says: %1</translation>
    </message>
    <message>
        <source>计划项目：%1</source>
        <translation>Planned work: %1</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>新预约</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>客户描述的情况，例如：冷车启动有异响</source>
        <translation>What the customer says, e.g. a noise on cold start</translation>
    </message>
    <message>
        <source>计划项目，每行一项，例如：更换机油机滤</source>
        <translation>Planned work, one a line, e.g. oil change</translation>
    </message>
    <message>
        <source>保存预约</source>
        <translation>Save booking</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>预约类型</source>
        <translation>Kind of work</translation>
    </message>
    <message>
        <source>预约渠道</source>
        <translation>Booked by</translation>
    </message>
    <message>
        <source>客户描述</source>
        <translation>Customer&apos;s description</translation>
    </message>
    <message>
        <source>计划项目</source>
        <translation>Planned work</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>回访“%1”：%2</source>
        <translation>Follow-up &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>请先查找并选择车辆。</source>
        <translation>Find and choose the car first.</translation>
    </message>
    <message>
        <source>这一天不是工作日，请另选日期。</source>
        <translation>That day is not a working day; choose another.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>今天 (T)</source>
        <translation>Today (T)</translation>
    </message>
    <message>
        <source>月底应到未到…</source>
        <translation>Due this month, not come…</translation>
    </message>
    <message>
        <source>当日</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>本周</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>回访日历</source>
        <translation>Follow-up calendar</translation>
    </message>
    <message>
        <source>重点客户</source>
        <translation>Key customers</translation>
    </message>
    <message>
        <source>提醒规则</source>
        <translation>Reminder rules</translation>
    </message>
    <message>
        <source>点选日期：当天的回访列在右侧“当日”页，本周和逾期的在旁边两页。</source>
        <translation>Pick a day: its follow-ups are listed on the right under “Day”; this week&apos;s and the overdue ones on the pages beside it.</translation>
    </message>
    <message>
        <source>格内数字：&lt;span style=&apos;color:%1&apos;&gt;3&lt;/span&gt; = 3 条待办；&lt;span style=&apos;color:%1&apos;&gt;2/5&lt;/span&gt; = 5 条中 2 条待办；&lt;span style=&apos;color:%2&apos;&gt;0/5&lt;/span&gt; = 5 条都已办完；&lt;b style=&apos;color:%3&apos;&gt;!2&lt;/b&gt; = 2 条逾期未办</source>
        <translation>In a day: &lt;span style=&apos;color:%1&apos;&gt;3&lt;/span&gt; = 3 to do; &lt;span style=&apos;color:%1&apos;&gt;2/5&lt;/span&gt; = 2 of 5 still to do; &lt;span style=&apos;color:%2&apos;&gt;0/5&lt;/span&gt; = all 5 done; &lt;b style=&apos;color:%3&apos;&gt;!2&lt;/b&gt; = 2 overdue</translation>
    </message>
    <message>
        <source>正在生成今日提醒…</source>
        <translation>Making today&apos;s reminders…</translation>
    </message>
    <message>
        <source>已生成 %1 条新提醒。</source>
        <translation>%1 new reminders made.</translation>
    </message>
    <message>
        <source>逾期未办：%1 条</source>
        <translation>Overdue: %1</translation>
    </message>
    <message>
        <source>逾期 (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>当日 %1 (%2)</source>
        <translation>Day %1 (%2)</translation>
    </message>
    <message>
        <source>%1 没有您的回访任务。要看全店的，请在“负责人”中选“全部负责人”。</source>
        <translation>You have no follow-ups on %1. To see everyone&apos;s, choose “All owners” under “Owner”.</translation>
    </message>
    <message>
        <source>已记录：%1 %2</source>
        <translation>Recorded: %1 %2</translation>
    </message>
    <message>
        <source>；下次联系 %1</source>
        <translation>; next contact %1</translation>
    </message>
    <message>
        <source>已预约：%1 %2 到店</source>
        <translation>Booked: %1 comes %2</translation>
    </message>
</context>
<context>
    <name>CallbackNotifier</name>
    <message>
        <source>回访到时间了：%1 %2（%3）</source>
        <translation>Follow-up due: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>，另有 %1 条</source>
        <translation>, and %1 more</translation>
    </message>
    <message>
        <source>DealerDesk 回访提醒</source>
        <translation>DealerDesk follow-up reminder</translation>
    </message>
</context>
<context>
    <name>CampaignModels</name>
    <message>
        <source>活动</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation>Event time</translation>
    </message>
    <message>
        <source>客户群</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>邀约</source>
        <translation>Invited</translation>
    </message>
    <message>
        <source>未邀约</source>
        <translation>Left out</translation>
    </message>
    <message>
        <source>接受</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>谢绝</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>回复率</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>客服组</source>
        <translation>Customer service</translation>
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
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>邀约日期</source>
        <translation>Calls due</translation>
    </message>
    <message>
        <source>回复</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>回复时间</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>CampaignTab</name>
    <message>
        <source>新建（全部客户）</source>
        <translation>New (all customers)</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>客户回复：</source>
        <translation>Customer&apos;s answer:</translation>
    </message>
    <message>
        <source>邀约名单</source>
        <translation>Invitation list</translation>
    </message>
    <message>
        <source>还没有活动。点“新建（全部客户）”邀约所有客户，或在“客户筛选”中选出客户后点“创建活动邀约…”。</source>
        <translation>No campaigns yet. Click “New (all customers)” to invite every customer, or choose customers in “Customer filter” and click “Create campaign invitations…”.</translation>
    </message>
    <message>
        <source>请先在名单中选择一位客户。</source>
        <translation>First select a customer in the list.</translation>
    </message>
    <message>
        <source>已记录回复。</source>
        <translation>Answer recorded.</translation>
    </message>
    <message>
        <source>导出邀约名单</source>
        <translation>Export the invitation list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>Campaigns</name>
    <message>
        <source>拒绝营销</source>
        <translation>refused marketing</translation>
    </message>
    <message>
        <source>拒绝服务提醒</source>
        <translation>refused service reminders</translation>
    </message>
    <message>
        <source>已邀约 %1 人；未邀约：%2 %3 人，无手机号 %4 人。</source>
        <translation>Invited %1; left out: %2 %3, no mobile %4.</translation>
    </message>
    <message>
        <source>活动邀约</source>
        <translation>Event invitation</translation>
    </message>
    <message>
        <source>特殊天气提醒</source>
        <translation>Weather notice</translation>
    </message>
    <message>
        <source>待回复</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>接受</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>谢绝</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>未联系上</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <source>全部客户</source>
        <translation>All customers</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <source>显示号码</source>
        <translation>Show number</translation>
    </message>
    <message>
        <source>指定专属顾问</source>
        <translation>Assign dedicated advisor</translation>
    </message>
    <message>
        <source>%1 · 意向 %2 · 销售顾问 %3</source>
        <translation>%1 · intent %2 · sales consultant %3</translation>
    </message>
    <message>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>手机：%1</source>
        <translation>Mobile: %1</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>高价值</source>
        <translation>High value</translation>
    </message>
    <message>
        <source>有未结投诉</source>
        <translation>Has an open complaint</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>专属顾问：%1</source>
        <translation>Dedicated advisor: %1</translation>
    </message>
    <message>
        <source>（不指定）</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>CardOpener</name>
    <message>
        <source>客户全景</source>
        <translation>Customer 360°</translation>
    </message>
</context>
<context>
    <name>CardVehicles</name>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>当前里程</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>读数日期</source>
        <translation>Read on</translation>
    </message>
    <message>
        <source>下次保养</source>
        <translation>Next service</translation>
    </message>
    <message>
        <source>质保到期</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance ends</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>向客户说明的内容 / 方案 / 原因</source>
        <translation>What was told to the customer / solution / reason</translation>
    </message>
    <message>
        <source>匿名投诉：输入手机号、姓名或车牌关联客户</source>
        <translation>Anonymous complaint: type a mobile, name or plate to link the customer</translation>
    </message>
    <message>
        <source>已响应客户</source>
        <translation>Customer contacted</translation>
    </message>
    <message>
        <source>提交方案</source>
        <translation>Propose solution</translation>
    </message>
    <message>
        <source>客户满意，结案</source>
        <translation>Customer satisfied: close</translation>
    </message>
    <message>
        <source>客户不满意</source>
        <translation>Customer not satisfied</translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation>Pause clock</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>满意度评分</source>
        <translation>Satisfaction score</translation>
    </message>
    <message>
        <source>请在列表中选择一件投诉。</source>
        <translation>Select a complaint in the list.</translation>
    </message>
    <message>
        <source>（匿名）</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>客户：%1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>受理：%1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>下一时限：%1</source>
        <translation>Next deadline: %1</translation>
    </message>
    <message>
        <source>暂停原因：%1</source>
        <translation>Paused because: %1</translation>
    </message>
    <message>
        <source>已归档（只读），如需继续处理请“重新打开”并填写原因。</source>
        <translation>Archived (read-only): to work on it again, “Reopen” it and give the reason.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>车型库</source>
        <translation>Car catalogue</translation>
    </message>
</context>
<context>
    <name>CataloguePanel</name>
    <message>
        <source>门店默认</source>
        <translation>Store default</translation>
    </message>
    <message>
        <source>%1 或 %2 个月</source>
        <translation>%1 or %2 months</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>车系</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>新能源</source>
        <translation>New energy</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>首保</source>
        <translation>First service</translation>
    </message>
    <message>
        <source>定保间隔</source>
        <translation>Service interval</translation>
    </message>
    <message>
        <source>新增车型</source>
        <translation>New model</translation>
    </message>
    <message>
        <source>保存车型</source>
        <translation>Save model</translation>
    </message>
    <message>
        <source>删除车型</source>
        <translation>Delete model</translation>
    </message>
    <message>
        <source>载入常见车型</source>
        <translation>Load common models</translation>
    </message>
    <message>
        <source>已保存“%1”。</source>
        <translation>Saved “%1”.</translation>
    </message>
    <message>
        <source>已删除“%1”。</source>
        <translation>Deleted “%1”.</translation>
    </message>
    <message>
        <source>已载入 %1 款常见车型，可逐一修改。</source>
        <translation>Loaded %1 common models; edit them as needed.</translation>
    </message>
</context>
<context>
    <name>CauseModel</name>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>当前密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>修改</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>两次输入的新密码不一致。</source>
        <translation>The two new passwords differ.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>暂无数据</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>检查项目</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ComplaintCases</name>
    <message>
        <source>（匿名）</source>
        <translation>(anonymous)</translation>
    </message>
    <message>
        <source>%1小时%2分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>逾期 %1</source>
        <translation>Overdue %1</translation>
    </message>
    <message>
        <source>暂停（%1）</source>
        <translation>Paused (%1)</translation>
    </message>
    <message>
        <source>等待客户答复</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <source>投诉单号</source>
        <translation>Complaint no.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>下一时限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
</context>
<context>
    <name>ComplaintDesk</name>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>待办投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>受理投诉</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>归档查询</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>月度分析</source>
        <translation>Monthly analysis</translation>
    </message>
    <message>
        <source>逾期 %1 件，已升级至店长。</source>
        <translation>%1 overdue: escalated to the store manager.</translation>
    </message>
    <message>
        <source>没有逾期投诉。</source>
        <translation>No overdue complaints.</translation>
    </message>
</context>
<context>
    <name>ComplaintSection</name>
    <message>
        <source>客户投诉（按类别）</source>
        <translation>Complaints by class</translation>
    </message>
    <message>
        <source>近 %1 天：2 小时内响应 %2 件，超时 %3 件</source>
        <translation>Last %1 days: %2 answered within 2 hours, %3 late</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>电子邮件</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>网络</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>到店</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>回访调查</source>
        <translation>Follow-up survey</translation>
    </message>
    <message>
        <source>产品质量</source>
        <translation>Product quality</translation>
    </message>
    <message>
        <source>售后服务</source>
        <translation>After-sales service</translation>
    </message>
    <message>
        <source>销售服务</source>
        <translation>Sales service</translation>
    </message>
    <message>
        <source>价格</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>异响</source>
        <translation>Noises</translation>
    </message>
    <message>
        <source>漏油/漏水</source>
        <translation>Oil or water leak</translation>
    </message>
    <message>
        <source>电气故障</source>
        <translation>Electrical fault</translation>
    </message>
    <message>
        <source>动力/变速箱</source>
        <translation>Engine or gearbox</translation>
    </message>
    <message>
        <source>车身/漆面</source>
        <translation>Body or paint</translation>
    </message>
    <message>
        <source>其他质量问题</source>
        <translation>Other quality problem</translation>
    </message>
    <message>
        <source>维修质量</source>
        <translation>Repair quality</translation>
    </message>
    <message>
        <source>维修时间过长</source>
        <translation>Repair took too long</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Staff attitude</translation>
    </message>
    <message>
        <source>收费争议</source>
        <translation>Disputed charges</translation>
    </message>
    <message>
        <source>配件缺货</source>
        <translation>Parts out of stock</translation>
    </message>
    <message>
        <source>承诺未兑现</source>
        <translation>Promise not kept</translation>
    </message>
    <message>
        <source>交车延迟</source>
        <translation>Late delivery</translation>
    </message>
    <message>
        <source>手续办理</source>
        <translation>Paperwork</translation>
    </message>
    <message>
        <source>加价/捆绑销售</source>
        <translation>Mark-up or forced extras</translation>
    </message>
    <message>
        <source>报价不透明</source>
        <translation>Unclear quote</translation>
    </message>
    <message>
        <source>价格变动</source>
        <translation>Price change</translation>
    </message>
    <message>
        <source>优惠未兑现</source>
        <translation>Discount not honoured</translation>
    </message>
    <message>
        <source>环境设施</source>
        <translation>Premises and facilities</translation>
    </message>
    <message>
        <source>轻微</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>严重</source>
        <translation>Serious</translation>
    </message>
    <message>
        <source>重大（可能升级至厂家或媒体）</source>
        <translation>Major (may go to the maker or the media)</translation>
    </message>
    <message>
        <source>客服部</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>售后服务部</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>销售部</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>市场部</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>财务部</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>已受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>已响应</source>
        <translation>Responded</translation>
    </message>
    <message>
        <source>已提初步方案</source>
        <translation>First proposal made</translation>
    </message>
    <message>
        <source>重新调查中</source>
        <translation>Reinvestigating</translation>
    </message>
    <message>
        <source>已提最终方案</source>
        <translation>Final proposal made</translation>
    </message>
    <message>
        <source>已结案归档</source>
        <translation>Closed and archived</translation>
    </message>
    <message>
        <source>响应</source>
        <translation>Response</translation>
    </message>
    <message>
        <source>初步方案</source>
        <translation>First proposal</translation>
    </message>
    <message>
        <source>最终方案</source>
        <translation>Final proposal</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>受理投诉</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>响应客户</source>
        <translation>Responded to the customer</translation>
    </message>
    <message>
        <source>提出初步方案</source>
        <translation>First proposal made</translation>
    </message>
    <message>
        <source>提出最终方案</source>
        <translation>Final proposal made</translation>
    </message>
    <message>
        <source>客户满意，结案</source>
        <translation>Customer satisfied, case closed</translation>
    </message>
    <message>
        <source>客户不满意，重新调查</source>
        <translation>Customer not satisfied, reinvestigating</translation>
    </message>
    <message>
        <source>暂停计时</source>
        <translation>Pause clock</translation>
    </message>
    <message>
        <source>恢复计时</source>
        <translation>Resume clock</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>关联客户</source>
        <translation>Linked to a customer</translation>
    </message>
    <message>
        <source>逾期升级至店长</source>
        <translation>Overdue: escalated to the store manager</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>且</source>
        <translation>and</translation>
    </message>
    <message>
        <source>或</source>
        <translation>or</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <source>联系授权</source>
        <translation>Contact consent</translation>
    </message>
    <message>
        <source>接受营销联系（回厂优惠、潜客跟进）</source>
        <translation>Accepts marketing (service offers, prospect follow-up)</translation>
    </message>
    <message>
        <source>接受问候（生日、节日）</source>
        <translation>Accepts greetings (birthday, holidays)</translation>
    </message>
    <message>
        <source>接受服务提醒（保养、保险、年审）</source>
        <translation>Accepts service reminders (maintenance, insurance, annual inspection)</translation>
    </message>
    <message>
        <source>变更原因（如：电话中客户表示不需要）</source>
        <translation>Reason for the change (e.g. the customer said no on the phone)</translation>
    </message>
    <message>
        <source>保存授权</source>
        <translation>Save consent</translation>
    </message>
    <message>
        <source>召回、质保等服务必需的提醒不受影响。</source>
        <translation>Service-necessary reminders (recalls, warranty) are not affected.</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>Customer360Window</name>
    <message>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>回访任务</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>联系授权</source>
        <translation>Contact consent</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>客户全景 — %1</source>
        <translation>Customer 360° — %1</translation>
    </message>
</context>
<context>
    <name>CustomerCardView</name>
    <message>
        <source>客户档案</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <source>优先接待</source>
        <translation>Serve first</translation>
    </message>
    <message>
        <source>调整级别</source>
        <translation>Set level</translation>
    </message>
    <message>
        <source>意向级别</source>
        <translation>Intent level</translation>
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
        <source>【%1】</source>
        <translation>[%1]</translation>
    </message>
    <message>
        <source>有未结投诉</source>
        <translation>Has an open complaint</translation>
    </message>
    <message>
        <source>意向级别已改为 %1。</source>
        <translation>Intent level set to %1.</translation>
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
    <name>CustomerFormDialog</name>
    <message>
        <source>（请先查找并选择客户）</source>
        <translation>(find and select the customer first)</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>请先查找并选择客户。</source>
        <translation>First find and select the customer.</translation>
    </message>
</context>
<context>
    <name>CustomerLabels</name>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>潜在客户</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>成交客户</source>
        <translation>Deal customer</translation>
    </message>
    <message>
        <source>战败客户</source>
        <translation>Lost prospect</translation>
    </message>
    <message>
        <source>私家车主</source>
        <translation>Private owner</translation>
    </message>
    <message>
        <source>企业车队</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <source>二手车商</source>
        <translation>Used-car dealer</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>营销</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>问候</source>
        <translation>Greetings</translation>
    </message>
    <message>
        <source>服务提醒</source>
        <translation>Service reminders</translation>
    </message>
    <message>
        <source>销售忠诚</source>
        <translation>Sales-loyal</translation>
    </message>
    <message>
        <source>售后忠诚</source>
        <translation>After-sales-loyal</translation>
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
    <name>DaysEditor</name>
    <message>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>交车</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>开始交车（生成检查清单）</source>
        <translation>Start delivery (make the checklist)</translation>
    </message>
    <message>
        <source>车牌号（已上牌时填写）</source>
        <translation>Plate (once registered)</translation>
    </message>
    <message>
        <source>确认交车</source>
        <translation>Confirm handover</translation>
    </message>
    <message>
        <source>预览 / 打印</source>
        <translation>Preview / print</translation>
    </message>
    <message>
        <source>系统程序打开</source>
        <translation>Open in system viewer</translation>
    </message>
    <message>
        <source>用本机的 PDF 阅读器打开交车清单</source>
        <translation>Open the delivery checklist in this computer&apos;s PDF reader</translation>
    </message>
    <message>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>交车里程</source>
        <translation>Odometer at handover</translation>
    </message>
    <message>
        <source>已于 %1 交车，交车里程 %2 km。</source>
        <translation>Handed over on %1 at %2 km.</translation>
    </message>
    <message>
        <source>尚未开始交车。</source>
        <translation>Delivery not started yet.</translation>
    </message>
    <message>
        <source>检查清单已完成，可以交车。</source>
        <translation>Checklist complete: ready to hand over.</translation>
    </message>
    <message>
        <source>还有 %1 项未勾选（或在备注中说明）。</source>
        <translation>%1 items neither ticked nor explained in a remark.</translation>
    </message>
    <message>
        <source>确认把 %1 的 %2 交给客户？交车后订单不能再修改。</source>
        <translation>Hand %1&apos;s %2 over to the customer? The order cannot be changed afterwards.</translation>
    </message>
    <message>
        <source>保存交车清单</source>
        <translation>Save delivery checklist</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>设置完成</source>
        <translation>All set</translation>
    </message>
    <message>
        <source>点“完成”后您将以店长身份登录，可以开始登记第一位到店客户。以上各项以后都可以在“管理”菜单中修改。</source>
        <translation>Press Finish to sign in as the store manager and register the first walk-in. Everything above can be changed later from the Admin menu.</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import done</translation>
    </message>
    <message>
        <source>撤销本次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <source>导入批次 #%1：导入 %2 行，新建客户 %3 位、车辆 %4 辆、进厂记录 %5 条；跳过有错误的 %6 行、重复的 %7 行。</source>
        <translation>Import batch #%1: %2 rows imported, %3 new customers, %4 cars, %5 service records; %6 rows with errors and %7 duplicate rows skipped.</translation>
    </message>
    <message>
        <source>在这些客户被改动或有新的业务记录之前，可以整批撤销本次导入。</source>
        <translation>Until one of these customers is edited or has new business (a visit, an order, a repair…), the whole import can be undone.</translation>
    </message>
    <message>
        <source>正在撤销……</source>
        <translation>Undoing…</translation>
    </message>
    <message>
        <source>已撤销：删除了客户 %1 位、车辆 %2 辆、进厂记录 %3 条。</source>
        <translation>Undone: %1 customers, %2 cars and %3 service records deleted.</translation>
    </message>
</context>
<context>
    <name>DormantSection</name>
    <message>
        <source>不回厂客户</source>
        <translation>Customers not back</translation>
    </message>
    <message>
        <source>%1 个月以上</source>
        <translation>%1+ months</translation>
    </message>
    <message>
        <source>%1–%2 个月</source>
        <translation>%1–%2 months</translation>
    </message>
</context>
<context>
    <name>DrillDialog</name>
    <message>
        <source>正在查询…</source>
        <translation>Looking it up…</translation>
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
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1：共 %2 条（按 C 打开客户全景）</source>
        <translation>%1: %2 rows (C opens the customer 360°)</translation>
    </message>
</context>
<context>
    <name>DueListDialog</name>
    <message>
        <source>月底应到未到</source>
        <translation>Due this month, not come</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>全部顾问</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>应到日期</source>
        <translation>Due on</translation>
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
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>应到里程</source>
        <translation>Due at (km)</translation>
    </message>
    <message>
        <source>上次到店</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>本月应到未到</source>
        <translation>Due this month, not come</translation>
    </message>
    <message>
        <source>上月应到未到</source>
        <translation>Due last month, not come</translation>
    </message>
    <message>
        <source>上月应到未到（召回）</source>
        <translation>Due last month, not come (recall)</translation>
    </message>
    <message>
        <source>各顾问名下车辆数</source>
        <translation>Cars per advisor</translation>
    </message>
    <message>
        <source>按 C 打开所选客户的客户全景。</source>
        <translation>Press C to open the chosen customer&apos;s 360° card.</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>本月应到未到 (%1)</source>
        <translation>Due this month, not come (%1)</translation>
    </message>
    <message>
        <source>上月应到未到（召回） (%1)</source>
        <translation>Due last month, not come: recall (%1)</translation>
    </message>
    <message>
        <source>导出月底应到未到</source>
        <translation>Export the due list</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>无法写入文件 {target}：{reason}</source>
        <translation>Cannot write the file {target}: {reason}</translation>
    </message>
    <message>
        <source>数据库正被其他程序使用（本机 DealerDesk 窗口或另一台工作站），请先关闭后再恢复。数据库未做任何改动。</source>
        <translation>The database is in use by another program (a DealerDesk window here or another workstation): close it, then restore. Nothing was changed.</translation>
    </message>
    <message>
        <source>这不是 SQLite 数据库文件。</source>
        <translation>This is not a SQLite database file.</translation>
    </message>
    <message>
        <source>附件（照片、维修档案）备份失败：{strerror}。这次备份没有完成，之前的备份都保留着。请检查磁盘空间和文件夹权限。</source>
        <translation>Backing up the attached files (photos, repair records) failed: {strerror}. This backup was not made; every earlier backup is kept. Check the disk space and the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>数据库文件已损坏（{verdict}），这次没有备份。之前的备份都保留着，一份也没有删除。请尽快从最近的备份恢复（python main.py restore 备份文件），或联系 IT。</source>
        <translation>The database file is damaged ({verdict}); no backup was made this time. Every earlier backup is kept, none was deleted. Restore the latest one soon (python main.py restore BACKUP_FILE), or call IT.</translation>
    </message>
    <message>
        <source>备份副本未通过完整性检查（{verdict}），已删除这份副本。之前的备份都保留着，一份也没有删除。请检查磁盘。</source>
        <translation>The backup copy failed its integrity check ({verdict}) and was deleted. Every earlier backup is kept, none was deleted. Check the disk.</translation>
    </message>
    <message>
        <source>备份失败：{exc}（请检查磁盘空间和文件夹权限）</source>
        <translation>The backup failed: {exc} (check the disk space and the folder&apos;s permissions)</translation>
    </message>
    <message>
        <source>未找到 pg_dump：PostgreSQL 数据库的备份需要安装 PostgreSQL 客户端工具（pg_dump），或由 IT 在数据库服务器上备份。</source>
        <translation>pg_dump not found: backing up a PostgreSQL database needs the PostgreSQL client tools (pg_dump), or IT backs it up on the database server.</translation>
    </message>
    <message>
        <source>pg_dump 备份失败：{reason}</source>
        <translation>pg_dump failed: {reason}</translation>
    </message>
    <message>
        <source>找不到备份文件：{backup_file}</source>
        <translation>Backup file not found: {backup_file}</translation>
    </message>
    <message>
        <source>无法把备份的附件（照片、维修档案）放回 {folder}：{strerror}。数据库未做任何改动。</source>
        <translation>Could not put the backup&apos;s attached files (photos, repair records) back into {folder}: {strerror}. The database was not changed.</translation>
    </message>
    <message>
        <source>数据库文件 {target} 无法写入（{strerror}）。数据库未做任何改动，请检查这个文件的权限（只读、被锁定）。</source>
        <translation>The database file {target} cannot be written ({strerror}). Nothing was changed; check the file&apos;s permissions (read-only, locked).</translation>
    </message>
    <message>
        <source>无法替换数据库文件 {target}（{strerror}）。数据库未做任何改动，请检查这个文件和它所在文件夹的权限（只读、被锁定）。</source>
        <translation>Cannot replace the database file {target} ({strerror}). Nothing was changed; check the permissions of the file and its folder (read-only, locked).</translation>
    </message>
    <message>
        <source>备份文件无法读取，已放弃恢复：{exc}</source>
        <translation>The backup file cannot be read; restore abandoned: {exc}</translation>
    </message>
    <message>
        <source>备份文件未通过完整性检查（{verdict}），已放弃恢复。</source>
        <translation>The backup file failed its integrity check ({verdict}); restore abandoned.</translation>
    </message>
    <message>
        <source>备份文件来自更新版本的 DealerDesk，请先升级程序再恢复。</source>
        <translation>The backup comes from a newer DealerDesk: upgrade the program, then restore.</translation>
    </message>
    <message>
        <source>无法创建备份文件夹 {folder}：{strerror}</source>
        <translation>Cannot create the backup folder {folder}: {strerror}</translation>
    </message>
    <message>
        <source>无法在文件夹 {parent} 中写入文件（{strerror}），未做任何改动。请检查文件夹权限（只读、被锁定）和磁盘空间。</source>
        <translation>Cannot write a file in the folder {parent} ({strerror}); nothing was changed. Check the folder&apos;s permissions (read-only, locked) and the disk space.</translation>
    </message>
    <message>
        <source>PostgreSQL 数据库请由 IT 用 pg_restore 在服务器上恢复。</source>
        <translation>A PostgreSQL database is restored by IT on the server, with pg_restore.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>此安装缺少“{kind}”输出组件，请重新安装 DealerDesk。</source>
        <translation>This installation lacks the “{kind}” writer: reinstall DealerDesk.</translation>
    </message>
    <message>
        <source>支持 SQLite 数据库文件路径（如 D:/dealerdesk/store.sqlite3）或 postgresql://用户@服务器/数据库</source>
        <translation>Give a SQLite database file path (e.g. D:/dealerdesk/store.sqlite3) or postgresql://user@server/database</translation>
    </message>
    <message>
        <source>无法识别的数据库地址（--db 或 DEALERDESK_DB）。{supported}。</source>
        <translation>Unrecognised database address (--db or DEALERDESK_DB). {supported}.</translation>
    </message>
    <message>
        <source>不支持的数据库类型“{drivername}”。{supported}。</source>
        <translation>Unsupported database type “{drivername}”. {supported}.</translation>
    </message>
    <message>
        <source>无法创建数据文件夹 {parent}：{strerror}</source>
        <translation>Cannot create the data folder {parent}: {strerror}</translation>
    </message>
    <message>
        <source>，本次操作未保存</source>
        <translation>; this action was not saved</translation>
    </message>
    <message>
        <source>磁盘空间已满</source>
        <translation>The disk is full</translation>
    </message>
    <message>
        <source>请清理磁盘后重试。</source>
        <translation>Free some disk space and try again.</translation>
    </message>
    <message>
        <source>数据库文件是只读的</source>
        <translation>The database file is read-only</translation>
    </message>
    <message>
        <source>请检查文件夹权限。</source>
        <translation>Check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <source>无法打开数据库文件（文件或所在文件夹只读，或没有访问权限）</source>
        <translation>Cannot open the database file (the file or its folder is read-only, or access is denied)</translation>
    </message>
    <message>
        <source>数据库正被其他程序占用</source>
        <translation>The database is in use by another program</translation>
    </message>
    <message>
        <source>请稍后重试。</source>
        <translation>Try again in a moment.</translation>
    </message>
    <message>
        <source>读写数据库文件出错</source>
        <translation>Error reading or writing the database file</translation>
    </message>
    <message>
        <source>请检查磁盘。</source>
        <translation>Check the disk.</translation>
    </message>
    <message>
        <source>数据库文件已损坏或不是 DealerDesk 的数据库，未做任何改动</source>
        <translation>The database file is damaged or not a DealerDesk database; nothing was changed</translation>
    </message>
    <message>
        <source>请用 python main.py restore 备份文件 从备份恢复。</source>
        <translation>Restore it from a backup with python main.py restore BACKUP_FILE.</translation>
    </message>
    <message>
        <source>数据库用户名或密码错误</source>
        <translation>Wrong database user name or password</translation>
    </message>
    <message>
        <source>请检查数据库地址中的用户名和密码。</source>
        <translation>Check the user name and password in the database address.</translation>
    </message>
    <message>
        <source>数据库服务器上不存在数据库“{name}”</source>
        <translation>The database server has no database “{name}”</translation>
    </message>
    <message>
        <source>请检查数据库地址中的数据库名。</source>
        <translation>Check the database name in the database address.</translation>
    </message>
    <message>
        <source>无法连接数据库服务器</source>
        <translation>Cannot reach the database server</translation>
    </message>
    <message>
        <source>请检查网络后重试。</source>
        <translation>Check the network and try again.</translation>
    </message>
    <message>
        <source>{what}{lost}。{advice}</source>
        <translation>{what}{lost}. {advice}</translation>
    </message>
    <message>
        <source>数据库操作失败，本次操作未保存：{text}</source>
        <translation>The database refused; this action was not saved: {text}</translation>
    </message>
    <message>
        <source>无法读取数据库：{text}</source>
        <translation>Cannot read the database: {text}</translation>
    </message>
    <message>
        <source>数据库正在从备份恢复，请稍候再打开 DealerDesk。</source>
        <translation>The database is being restored from a backup; open DealerDesk again in a moment.</translation>
    </message>
    <message>
        <source>数据库中已有 {existing} 位客户。演示数据只写入没有客户的数据库，以免与真实客户混在一起；请用 --db 指定一个新的数据库文件，或加 --if-empty 跳过。</source>
        <translation>The database already holds {existing} customers. Demo data goes only into a database without customers, so it never mixes with real ones: give a new database file with --db, or add --if-empty to skip.</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>The record</translation>
    </message>
    <message>
        <source>{what}已被其他工作站修改，请重新加载后再保存。</source>
        <translation>{what} was changed at another workstation: reload it, then save again.</translation>
    </message>
    <message>
        <source>数据库版本（{found}）比本程序（{known}）新，请先升级 DealerDesk 再打开此数据库。</source>
        <translation>The database (version {found}) is newer than this program ({known}): upgrade DealerDesk before opening it.</translation>
    </message>
    <message>
        <source>是空的（0 字节）</source>
        <translation>is empty (0 bytes)</translation>
    </message>
    <message>
        <source>不存在</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>数据库文件 {path} {what}，未做任何改动。如果要在这里新建一个门店数据库，请加上 --create 再运行；如果这里原来有数据，请用 python main.py restore 备份文件 恢复。</source>
        <translation>The database file {path} {what}; nothing was changed. To create a new store database here, run again with --create; if there was data here, restore it with python main.py restore BACKUP_FILE.</translation>
    </message>
    <message>
        <source>这个命令需要登录：请加 --user 用户名（密码取自环境变量 DEALERDESK_PASSWORD、--password-stdin 或提示输入）。</source>
        <translation>This command needs a sign-in: add --user USERNAME (the password comes from the DEALERDESK_PASSWORD environment variable, --password-stdin or a prompt).</translation>
    </message>
    <message>
        <source>缺少客户姓名。</source>
        <translation>No customer name.</translation>
    </message>
    <message>
        <source>姓名过长（最多 60 个字）。</source>
        <translation>The name is too long (at most 60 characters).</translation>
    </message>
    <message>
        <source>缺少电话号码。</source>
        <translation>No phone number.</translation>
    </message>
    <message>
        <source>电话号码“{first}”含有不是数字的字符。</source>
        <translation>The phone number “{first}” holds characters that are not digits.</translation>
    </message>
    <message>
        <source>手机号“{typed}”不是有效的 11 位手机号码。</source>
        <translation>“{typed}” is not a valid 11-digit mobile number.</translation>
    </message>
    <message>
        <source>电话号码“{typed}”不完整：固定电话请带区号（如 020-12345678）。</source>
        <translation>The phone number “{typed}” is incomplete: give a landline with its area code (e.g. 020-12345678).</translation>
    </message>
    <message>
        <source>电话号码“{typed}”位数不对（固定电话：区号 + 7 或 8 位号码）。</source>
        <translation>The phone number “{typed}” has the wrong number of digits (landline: area code + 7 or 8 digits).</translation>
    </message>
    <message>
        <source>缺少日期。</source>
        <translation>No date.</translation>
    </message>
    <message>
        <source>日期“{typed}”无法识别（例：2024-03-05）。</source>
        <translation>The date “{typed}” is not readable (e.g. 2024-03-05).</translation>
    </message>
    <message>
        <source>日期“{typed}”不存在。</source>
        <translation>The date “{typed}” does not exist.</translation>
    </message>
    <message>
        <source>日期“{typed}”超出范围（1900 至 2099 年）。</source>
        <translation>The date “{typed}” is out of range (1900 to 2099).</translation>
    </message>
    <message>
        <source>性别“{text}”无法识别（男/女/先生/女士/M/F）。</source>
        <translation>The gender “{text}” is not readable (男/女/先生/女士/M/F).</translation>
    </message>
    <message>
        <source>里程“{typed}”不是数字。</source>
        <translation>The km “{typed}” is not a number.</translation>
    </message>
    <message>
        <source>里程 {km:,} 不在合理范围（0 至 {most:,} km）。</source>
        <translation>{km:,} km is out of range (0 to {most:,} km).</translation>
    </message>
    <message>
        <source>金额“{typed}”不是数字。</source>
        <translation>The amount “{typed}” is not a number.</translation>
    </message>
    <message>
        <source>金额 {amount} 不在合理范围。</source>
        <translation>The amount {amount} is out of range.</translation>
    </message>
    <message>
        <source>内容过长（最多 {limit} 个字）。</source>
        <translation>Too long (at most {limit} characters).</translation>
    </message>
    <message>
        <source>不支持的文件类型“{kind}”：请选择 .xlsx、.xls 或 .csv 文件。</source>
        <translation>Unsupported file type “{kind}”: choose an .xlsx, .xls or .csv file.</translation>
    </message>
    <message>
        <source>找不到文件 {path}。</source>
        <translation>File not found: {path}.</translation>
    </message>
    <message>
        <source>无法读取文件 {name}：文件已损坏或不是 Excel 文件（{exc}）。</source>
        <translation>Cannot read {name}: the file is damaged or not an Excel file ({exc}).</translation>
    </message>
    <message>
        <source>文件 {file} 中没有名为“{sheet}”的工作表。</source>
        <translation>{file} has no sheet named “{sheet}”.</translation>
    </message>
    <message>
        <source>缺少手机号和车架号：至少填一项，才能识别客户、避免重复导入。</source>
        <translation>No mobile and no VIN: at least one is needed to know the customer and not import them twice.</translation>
    </message>
    <message>
        <source>有车牌但没有车架号：车辆按车架号登记（请补上车架号，或在列对应中忽略车牌列）。</source>
        <translation>A plate without a VIN: cars are registered by VIN (add the VIN, or ignore the plate column in the mapping).</translation>
    </message>
    <message>
        <source>车架号校验位不符，请核对（有的厂家不用校验位）。</source>
        <translation>The VIN&apos;s check digit does not match: check it (some makers do not use it).</translation>
    </message>
    <message>
        <source>有进厂日期但没有里程：这次进厂记录未导入。</source>
        <translation>A service date without km: this visit was not imported.</translation>
    </message>
    <message>
        <source>有里程但没有进厂日期：这次进厂记录未导入。</source>
        <translation>Km without a service date: this visit was not imported.</translation>
    </message>
    <message>
        <source>没有车架号：进厂记录无法挂到车辆上，未导入。</source>
        <translation>No VIN: the visit has no car to belong to and was not imported.</translation>
    </message>
    <message>
        <source>您没有“{permission}”的权限，请联系店长。</source>
        <translation>You may not “{permission}”: ask the store manager.</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>预约类型“{text}”无效，可选：{names}。</source>
        <translation>Invalid kind of work “{text}”; choose from: {names}.</translation>
    </message>
    <message>
        <source>预约渠道“{text}”无效，可选：{names}。</source>
        <translation>Invalid booking channel “{text}”; choose from: {names}.</translation>
    </message>
    <message>
        <source>顾问下班时间必须晚于上班时间。</source>
        <translation>The advisors&apos; end of day must be after their start.</translation>
    </message>
    <message>
        <source>午休时间必须在顾问上下班时间之内，且开始早于结束。</source>
        <translation>The lunch break must lie within the advisors&apos; hours and start before it ends.</translation>
    </message>
    <message>
        <source>预计时长必须大于 0 分钟。</source>
        <translation>The expected duration must be more than 0 minutes.</translation>
    </message>
    <message>
        <source>预约时间应在顾问上班时间 {start}–{end} 之内。</source>
        <translation>Book within the advisors&apos; working hours, {start}–{end}.</translation>
    </message>
    <message>
        <source>{start}–{end} 是午休时间，不能安排到店。</source>
        <translation>{start}–{end} is the lunch break: no arrivals then.</translation>
    </message>
    <message>
        <source>预计 {minutes} 分钟的工作在下班时间 {end} 前做不完，请提前或分两天。</source>
        <translation>{minutes} minutes of work cannot be done before closing at {end}: book earlier or over two days.</translation>
    </message>
    <message>
        <source>{day} 不是工作日（节假日或门店休息日），不能预约。</source>
        <translation>{day} is not a working day (a public holiday or the store&apos;s day off): no bookings.</translation>
    </message>
    <message>
        <source>这辆车 {day} 已有 {time} 的预约，同一辆车一天只能预约一次。</source>
        <translation>This car is booked at {time} on {day} already; a car can be booked once a day.</translation>
    </message>
    <message>
        <source>{slot} 时段已约满（每时段 {cars} 辆）。</source>
        <translation>The {slot} slot is full (capacity {cars} a slot).</translation>
    </message>
    <message>
        <source>该顾问 {slot} 时段已有预约。</source>
        <translation>This advisor has a booking in the {slot} slot already.</translation>
    </message>
    <message>
        <source>{slot} 时段所有服务顾问都已有预约。</source>
        <translation>Every service advisor is booked in the {slot} slot.</translation>
    </message>
    <message>
        <source>{day} 的技师工时已约满（剩余 {left} 分钟，本次需要 {needed} 分钟）。</source>
        <translation>The technicians&apos; hours of {day} are booked ({left} minutes left, this needs {needed} minutes).</translation>
    </message>
    <message>
        <source>一年内没有营业日，请检查门店营业日设置。</source>
        <translation>No open day within a year: check the store&apos;s open days.</translation>
    </message>
    <message>
        <source>投诉当前为“{current}”，不能转为“{requested}”。</source>
        <translation>The complaint is “{current}” and cannot become “{requested}”.</translation>
    </message>
    <message>
        <source>投诉时限设置应满足：响应 ≤ 初步方案 ≤ 最终方案。</source>
        <translation>Complaint deadlines must keep response ≤ first proposal ≤ final proposal.</translation>
    </message>
    <message>
        <source>再次方案时限必须大于 0。</source>
        <translation>The next proposal deadline must be above 0.</translation>
    </message>
    <message>
        <source>请选择投诉类别。</source>
        <translation>Choose the complaint&apos;s class.</translation>
    </message>
    <message>
        <source>投诉原因“{cause}”不在该类别的原因列表中。</source>
        <translation>The cause “{cause}” is not one of this class&apos;s causes.</translation>
    </message>
    <message>
        <source>营业时间“{text}”格式不正确（例：08:30）。</source>
        <translation>The opening time “{text}” is not valid (e.g. 08:30).</translation>
    </message>
    <message>
        <source>打烊时间必须晚于开门时间。</source>
        <translation>Closing time must be after opening time.</translation>
    </message>
    <message>
        <source>还有 {count} 项未勾选（{items}等），请勾选或在备注中说明原因。</source>
        <translation>{count} items are not ticked ({items}, …): tick them or explain why in the remarks.</translation>
    </message>
    <message>
        <source>还有 {count} 项未勾选（{items}），请勾选或在备注中说明原因。</source>
        <translation>{count} items are not ticked ({items}): tick them or explain why in the remarks.</translation>
    </message>
    <message>
        <source>里程 {km:,} km 低于上次记录的 {previous_km:,} km。如确属更换仪表或上次录入错误，请填写更正原因后再保存。</source>
        <translation>{km:,} km is below the last reading, {previous_km:,} km. If the odometer was replaced or the last reading was wrong, give the reason, then save.</translation>
    </message>
    <message>
        <source>距上次到店 {days} 天行驶了 {km:,} km（平均每天超过 {limit:,} km），请核对里程表读数后确认。</source>
        <translation>{km:,} km in {days} days since the last visit (over {limit:,} km a day): check the odometer, then confirm.</translation>
    </message>
    <message>
        <source>里程表读数不正确，请重新输入。</source>
        <translation>The odometer reading is not valid: enter it again.</translation>
    </message>
    <message>
        <source>请从列表中选择战败原因。</source>
        <translation>Choose why the prospect was lost from the list.</translation>
    </message>
    <message>
        <source>战败原因“{label}”需要填写{hint}。</source>
        <translation>The reason “{label}” needs {hint}.</translation>
    </message>
    <message>
        <source>订单当前状态为“{current}”，不能变更为“{target}”。</source>
        <translation>The order is “{current}” and cannot become “{target}”.</translation>
    </message>
    <message>
        <source>模板中的占位符“{{{unknown}}}”无法识别，可用的占位符：{allowed}。</source>
        <translation>The template&apos;s placeholder “{{{unknown}}}” is unknown; the placeholders are: {allowed}.</translation>
    </message>
    <message>
        <source>消息模板不能为空。</source>
        <translation>The message template cannot be empty.</translation>
    </message>
    <message>
        <source>没有名为“{key}”的提醒规则。</source>
        <translation>No reminder rule “{key}”.</translation>
    </message>
    <message>
        <source>提醒规则没有可修改的“{name}”项。</source>
        <translation>A reminder rule has no “{name}” to change.</translation>
    </message>
    <message>
        <source>提前天数应为 0 到 365 之间的整数。</source>
        <translation>Days ahead must be a whole number from 0 to 365.</translation>
    </message>
    <message>
        <source>渠道“{value}”无效。</source>
        <translation>Invalid channel “{value}”.</translation>
    </message>
    <message>
        <source>负责岗位“{value}”无效。</source>
        <translation>Invalid role “{value}”.</translation>
    </message>
    <message>
        <source>季节日期“{text}”格式不对，应为 11-15 这样的月-日。</source>
        <translation>The season&apos;s day “{text}” is not in the right form: month-day, such as 11-15.</translation>
    </message>
    <message>
        <source>维修委托书当前状态为“{current}”，不能改为“{target}”。</source>
        <translation>The repair order is “{current}” and cannot become “{target}”.</translation>
    </message>
    <message>
        <source>该预约不是这辆车的，请重新选择车辆。</source>
        <translation>This booking is for another car: choose the car again.</translation>
    </message>
    <message>
        <source>找不到该回访任务。</source>
        <translation>Follow-up not found.</translation>
    </message>
    <message>
        <source>该回访任务已被其他工作站处理，请刷新后再预约。</source>
        <translation>This follow-up was handled at another workstation: refresh, then book again.</translation>
    </message>
    <message>
        <source>该回访任务已经处理过了。</source>
        <translation>This follow-up was handled already.</translation>
    </message>
    <message>
        <source>只有保养、召回、未回厂和未做项目的回访可以直接预约。</source>
        <translation>Only maintenance, recall, not-back and declined-work follow-ups can be booked directly.</translation>
    </message>
    <message>
        <source>照片“{name}”</source>
        <translation>The photo “{name}”</translation>
    </message>
    <message>
        <source>找不到在职的服务顾问“{name}”。</source>
        <translation>No active service advisor “{name}”.</translation>
    </message>
    <message>
        <source>该文件不是预约照片。</source>
        <translation>This file is not a booking photo.</translation>
    </message>
    <message>
        <source>该预约{status}，不能取消。</source>
        <translation>The booking&apos;s status is {status}: it cannot be cancelled.</translation>
    </message>
    <message>
        <source>每个预约最多 {most} 张照片。</source>
        <translation>A booking can have at most {most} photos.</translation>
    </message>
    <message>
        <source>该预约{status}，不能再登记到店。</source>
        <translation>The booking&apos;s status is {status}: its arrival cannot be recorded.</translation>
    </message>
    <message>
        <source>这是 {day:%m-%d} 的预约，不是今天的，请改约后再登记。</source>
        <translation>This booking is for {day:%m-%d}, not today: move it first, then record the arrival.</translation>
    </message>
    <message>
        <source>预计时长应在 10 到 {most} 分钟之间。</source>
        <translation>The expected time must be 10 to {most} minutes.</translation>
    </message>
    <message>
        <source>预约时间不能早于现在。</source>
        <translation>The booking time cannot be in the past.</translation>
    </message>
    <message>
        <source>所选员工不是在职的服务顾问。</source>
        <translation>The chosen staff member is not an active service advisor.</translation>
    </message>
    <message>
        <source>预约</source>
        <translation>The booking</translation>
    </message>
    <message>
        <source>该预约{status}，不能再修改。</source>
        <translation>The booking&apos;s status is {status}: it can no longer be changed.</translation>
    </message>
    <message>
        <source>门店营业日设置中有无效日期（应为 YYYY-MM-DD）。</source>
        <translation>The store&apos;s open days hold an invalid date (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>一次最多查看 {days} 天的预约。</source>
        <translation>At most {days} days of bookings can be shown at once.</translation>
    </message>
    <message>
        <source>找不到该预约。</source>
        <translation>Booking not found.</translation>
    </message>
    <message>
        <source>文件“{name}”不在数据库中，无法打开。</source>
        <translation>The file “{name}” is not in the database and cannot be opened.</translation>
    </message>
    <message>
        <source>无法保存文件到 {folder}：{strerror}，本次操作未保存。</source>
        <translation>Cannot save the file to {folder}: {strerror}. Nothing was saved.</translation>
    </message>
    <message>
        <source>找不到文件“{name}”（{path}），可能被移动或删除了。</source>
        <translation>The file “{name}” ({path}) is missing; it may have been moved or deleted.</translation>
    </message>
    <message>
        <source>文件“{name}”（{path}）已被改动，与保存时不一致。</source>
        <translation>The file “{name}” ({path}) was changed after it was saved.</translation>
    </message>
    <message>
        <source>不是图片文件，请选择 JPG、PNG、GIF、BMP 或 WEBP 格式的照片。</source>
        <translation>Not a picture: choose a JPG, PNG, GIF, BMP or WEBP photo.</translation>
    </message>
    <message>
        <source>不是 PDF 文件。</source>
        <translation>Not a PDF file.</translation>
    </message>
    <message>
        <source>{what}是空的。</source>
        <translation>{what} is empty.</translation>
    </message>
    <message>
        <source>{what}太大（{size:.1f} MB），上限为 {limit:g} MB，请压缩后再上传。</source>
        <translation>{what} is too large ({size:.1f} MB); the limit is {limit:g} MB: compress it, then upload it again.</translation>
    </message>
    <message>
        <source>该文件不存在或已被删除。</source>
        <translation>The file does not exist or was deleted.</translation>
    </message>
    <message>
        <source>用户名或密码不正确。</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>店长账号已存在，请用店长账号登录后再添加员工。</source>
        <translation>A store manager account exists already: sign in with it to add staff.</translation>
    </message>
    <message>
        <source>只有已登录的员工可以修改自己的密码。</source>
        <translation>Only a signed-in staff member can change their password.</translation>
    </message>
    <message>
        <source>当前密码不正确。</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>用户名请用英文字母和数字，不含空格。</source>
        <translation>Use letters and digits for the username, no spaces.</translation>
    </message>
    <message>
        <source>请填写员工姓名。</source>
        <translation>Enter the staff member&apos;s name.</translation>
    </message>
    <message>
        <source>用户名“{username}”已被使用。</source>
        <translation>The username “{username}” is taken.</translation>
    </message>
    <message>
        <source>密码至少 {shortest} 位。</source>
        <translation>The password needs at least {shortest} characters.</translation>
    </message>
    <message>
        <source>新密码不能与当前密码相同。</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>这是最后一位能登录的店长，不能停用或改为其他岗位；请先添加另一位店长。</source>
        <translation>This is the last store manager who can sign in: the account cannot be disabled or given another role. Add another store manager first.</translation>
    </message>
    <message>
        <source>没有用户名为“{username}”的员工。</source>
        <translation>No staff member has the username “{username}”.</translation>
    </message>
    <message>
        <source>找不到员工“{name}”。</source>
        <translation>Staff member “{name}” not found.</translation>
    </message>
    <message>
        <source>处理结果“{outcome}”无效。</source>
        <translation>Invalid outcome “{outcome}”.</translation>
    </message>
    <message>
        <source>回访任务</source>
        <translation>The follow-up</translation>
    </message>
    <message>
        <source>改期请选择新的日期。</source>
        <translation>Choose the new date to reschedule.</translation>
    </message>
    <message>
        <source>新的日期不能早于今天。</source>
        <translation>The new date cannot be before today.</translation>
    </message>
    <message>
        <source>跳过任务请填写原因。</source>
        <translation>Give the reason for skipping.</translation>
    </message>
    <message>
        <source>下次跟进日期不能早于今天。</source>
        <translation>The next follow-up cannot be before today.</translation>
    </message>
    <message>
        <source>意向级别“{level}”无效。</source>
        <translation>Invalid intent level “{level}”.</translation>
    </message>
    <message>
        <source>该车型已有车辆、订单或到店记录使用，不能删除。</source>
        <translation>Cars, orders or visits use this model: it cannot be deleted.</translation>
    </message>
    <message>
        <source>请填写品牌。</source>
        <translation>Enter the brand.</translation>
    </message>
    <message>
        <source>请填写车系。</source>
        <translation>Enter the series.</translation>
    </message>
    <message>
        <source>请填写车型名称。</source>
        <translation>Enter the model&apos;s name.</translation>
    </message>
    <message>
        <source>指导价不合理，请核对。</source>
        <translation>The list price is not plausible: check it.</translation>
    </message>
    <message>
        <source>首保里程</source>
        <translation>First service at (km)</translation>
    </message>
    <message>
        <source>首保时间</source>
        <translation>First service after (months)</translation>
    </message>
    <message>
        <source>定保间隔里程</source>
        <translation>Service every (km)</translation>
    </message>
    <message>
        <source>定保间隔时间</source>
        <translation>Service every (months)</translation>
    </message>
    <message>
        <source>质保年限</source>
        <translation>Warranty (years)</translation>
    </message>
    <message>
        <source>质保里程</source>
        <translation>Warranty (km)</translation>
    </message>
    <message>
        <source>{what}应在 {low:,} 到 {high:,} 之间，或留空用门店默认。</source>
        <translation>{what} must be between {low:,} and {high:,}, or empty for the store&apos;s default.</translation>
    </message>
    <message>
        <source>找不到该车型。</source>
        <translation>Model not found.</translation>
    </message>
    <message>
        <source>车型“{name}”已在车型库中。</source>
        <translation>The model “{name}” is in the catalogue already.</translation>
    </message>
    <message>
        <source>“{typed}”对应多辆车，请输入完整车牌或车架号。</source>
        <translation>“{typed}” matches several cars: enter the whole plate or VIN.</translation>
    </message>
    <message>
        <source>没有找到车牌或车架号为“{typed}”的车辆。</source>
        <translation>No car with the plate or VIN “{typed}”.</translation>
    </message>
    <message>
        <source>该维修项目不存在。</source>
        <translation>Work item not found.</translation>
    </message>
    <message>
        <source>还有追加项目未取得客户同意，请先记录同意或标记为客户拒绝。</source>
        <translation>Extra work still awaits the customer&apos;s consent: record the consent or mark it declined first.</translation>
    </message>
    <message>
        <source>请填写更正原因。</source>
        <translation>Give the reason for the correction.</translation>
    </message>
    <message>
        <source>该里程记录不存在。</source>
        <translation>Odometer reading not found.</translation>
    </message>
    <message>
        <source>该车辆不存在或已被删除。</source>
        <translation>The car does not exist or was deleted.</translation>
    </message>
    <message>
        <source>金额格式不正确，请输入数字。</source>
        <translation>Not an amount: enter a number.</translation>
    </message>
    <message>
        <source>金额应在 0 到 1000 万元之间。</source>
        <translation>The amount must be between 0 and 10 million yuan.</translation>
    </message>
    <message>
        <source>请填写维修项目名称。</source>
        <translation>Enter the name of the work item.</translation>
    </message>
    <message>
        <source>油量应在 0% 到 100% 之间。</source>
        <translation>The fuel level must be between 0% and 100%.</translation>
    </message>
    <message>
        <source>请选择服务类型。</source>
        <translation>Choose the kind of service.</translation>
    </message>
    <message>
        <source>承诺交车时间不能早于接车时间。</source>
        <translation>The promised time cannot be before the check-in.</translation>
    </message>
    <message>
        <source>该车已有未交车的维修委托书 {order_no}，请在原委托书上追加项目。</source>
        <translation>This car has repair order {order_no} not yet handed over: add the work to it.</translation>
    </message>
    <message>
        <source>该项目不是待客户同意的追加项目。</source>
        <translation>This item is not extra work awaiting consent.</translation>
    </message>
    <message>
        <source>维修委托书 {order_no} 已交车，不能再修改项目。</source>
        <translation>Repair order {order_no} is handed over: its work can no longer change.</translation>
    </message>
    <message>
        <source>该维修委托书不存在。</source>
        <translation>Repair order not found.</translation>
    </message>
    <message>
        <source>车架号 {vin} 的校验位不符。部分厂家不使用校验位，请核对后确认登记。</source>
        <translation>The check digit of VIN {vin} does not match. Some makers do not use it: check the VIN, then confirm.</translation>
    </message>
    <message>
        <source>车架号 {vin} 已登记在客户“{name}”名下，不能重复登记。</source>
        <translation>VIN {vin} is on file for the customer “{name}”: it cannot be registered twice.</translation>
    </message>
    <message>
        <source>车牌 {plate} 已登记在客户“{name}”名下的另一辆车上。</source>
        <translation>The plate {plate} is on file for another car of the customer “{name}”.</translation>
    </message>
    <message>
        <source>车主不存在或已被删除。</source>
        <translation>The owner does not exist or was deleted.</translation>
    </message>
    <message>
        <source>质保里程不能为负数。</source>
        <translation>The warranty km cannot be negative.</translation>
    </message>
    <message>
        <source>请填写投诉内容（客户原话）。</source>
        <translation>Enter the complaint (the customer&apos;s own words).</translation>
    </message>
    <message>
        <source>受理时间不能晚于现在。</source>
        <translation>The received time cannot be in the future.</translation>
    </message>
    <message>
        <source>受理时间早于现在，请填写补录原因。</source>
        <translation>The received time is in the past: say why it is recorded late.</translation>
    </message>
    <message>
        <source>请选择投诉渠道。</source>
        <translation>Choose the channel.</translation>
    </message>
    <message>
        <source>请选择严重程度。</source>
        <translation>Choose the severity.</translation>
    </message>
    <message>
        <source>找不到该负责人。</source>
        <translation>Owner not found.</translation>
    </message>
    <message>
        <source>找不到该客户。</source>
        <translation>Customer not found.</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>car</translation>
    </message>
    <message>
        <source>销售订单</source>
        <translation>sales order</translation>
    </message>
    <message>
        <source>维修委托书</source>
        <translation>repair order</translation>
    </message>
    <message>
        <source>找不到该{label}。</source>
        <translation>No such {label}.</translation>
    </message>
    <message>
        <source>该{label}不属于此客户。</source>
        <translation>That {label} is not this customer&apos;s.</translation>
    </message>
    <message>
        <source>请填写向客户说明的内容。</source>
        <translation>Enter what the customer was told.</translation>
    </message>
    <message>
        <source>请填写处理方案。</source>
        <translation>Enter the proposal.</translation>
    </message>
    <message>
        <source>请填写客户满意度评分（1 到 {highest} 分）。</source>
        <translation>Enter the customer&apos;s satisfaction (1 to {highest}).</translation>
    </message>
    <message>
        <source>重新打开已结案的投诉必须填写原因。</source>
        <translation>Reopening a closed complaint needs a reason.</translation>
    </message>
    <message>
        <source>只有已结案的投诉才能重新打开。</source>
        <translation>Only a closed complaint can be reopened.</translation>
    </message>
    <message>
        <source>暂停计时必须填写原因（如客户联系不上、等待资料）。</source>
        <translation>Pausing the clock needs a reason (customer unreachable, waiting for documents).</translation>
    </message>
    <message>
        <source>已结案的投诉不能暂停计时。</source>
        <translation>A closed complaint&apos;s clock cannot be paused.</translation>
    </message>
    <message>
        <source>该投诉已在暂停中。</source>
        <translation>This complaint is paused already.</translation>
    </message>
    <message>
        <source>该投诉没有暂停，无需恢复。</source>
        <translation>This complaint is not paused.</translation>
    </message>
    <message>
        <source>该投诉已关联客户。</source>
        <translation>This complaint is linked to a customer already.</translation>
    </message>
    <message>
        <source>找不到该投诉。</source>
        <translation>Complaint not found.</translation>
    </message>
    <message>
        <source>导入已取消，没有导入任何数据。</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>这批导入的客户中有 {touched} 位在导入后已被修改或有了新的业务记录（接待、订单、维修、回访、投诉等），不能整批撤销。</source>
        <translation>{touched} customers of this import were edited or have new business since (visits, orders, repairs, follow-ups, complaints…): the import cannot be undone as a whole.</translation>
    </message>
    <message>
        <source>在前 50 行中找不到表头（如“姓名”“手机”“车架号”）。请确认选对了工作表，或在向导中指定表头所在的行。</source>
        <translation>No header row (such as 姓名, 手机, 车架号) in the first 50 rows. Check that this is the right sheet, or choose the header row in the wizard.</translation>
    </message>
    <message>
        <source>表头行 {chosen} 不在表格的前 {rows} 行之内。</source>
        <translation>Header row {chosen} is not within the sheet&apos;s first {rows} rows.</translation>
    </message>
    <message>
        <source>未知的字段：{fields}。</source>
        <translation>Unknown fields: {fields}.</translation>
    </message>
    <message>
        <source>每个字段只能对应一列：{fields} 对应了多列。</source>
        <translation>Each field takes one column: {fields} has several.</translation>
    </message>
    <message>
        <source>请指定哪一列是客户姓名。</source>
        <translation>Choose the column with the customer&apos;s name.</translation>
    </message>
    <message>
        <source>找不到这批导入。</source>
        <translation>Import batch not found.</translation>
    </message>
    <message>
        <source>这批导入（{file_name}）已经撤销过了。</source>
        <translation>This import ({file_name}) was undone already.</translation>
    </message>
    <message>
        <source>找不到这位客户，可能已被删除。</source>
        <translation>Customer not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>找不到这位顾问，或其账号已停用。</source>
        <translation>Advisor not found, or the account is disabled.</translation>
    </message>
    <message>
        <source>{name} 不是服务顾问，不能做专属顾问。</source>
        <translation>{name} is not a service advisor and cannot be a dedicated advisor.</translation>
    </message>
    <message>
        <source>客户资料</source>
        <translation>The customer&apos;s details</translation>
    </message>
    <message>
        <source>{name}已订车或已战败，意向级别随订单和战败登记变化，不在此调整。</source>
        <translation>{name} has ordered or is lost: the level follows the order or the loss, not this setting.</translation>
    </message>
    <message>
        <source>请输入完整的 11 位手机号码。</source>
        <translation>Enter the whole 11-digit mobile number.</translation>
    </message>
    <message>
        <source>订单{label}，不能开始交车。</source>
        <translation>The order is {label}: the handover cannot start.</translation>
    </message>
    <message>
        <source>找不到该检查项目。</source>
        <translation>Checklist item not found.</translation>
    </message>
    <message>
        <source>车辆已交付，交车清单不能再修改。</source>
        <translation>The car is delivered: the checklist can no longer change.</translation>
    </message>
    <message>
        <source>交车时间不能晚于现在。</source>
        <translation>The handover time cannot be in the future.</translation>
    </message>
    <message>
        <source>订单尚未配车，请先录入车架号（VIN）再交车。</source>
        <translation>No car is allocated to the order yet: enter the VIN before the handover.</translation>
    </message>
    <message>
        <source>请先开始交车，完成交车检查清单。</source>
        <translation>Start the handover and complete its checklist first.</translation>
    </message>
    <message>
        <source>找不到车架号 {vin} 对应的订单。</source>
        <translation>No order for VIN {vin}.</translation>
    </message>
    <message>
        <source>找不到订单 {order_no}。</source>
        <translation>No order {order_no}.</translation>
    </message>
    <message>
        <source>该订单尚未开始交车，没有交车清单。</source>
        <translation>The order&apos;s handover has not started: it has no checklist.</translation>
    </message>
    <message>
        <source>找不到该订单。</source>
        <translation>Order not found.</translation>
    </message>
    <message>
        <source>交车里程不合理，请核对仪表读数。</source>
        <translation>The delivery km is not plausible: check the odometer.</translation>
    </message>
    <message>
        <source>车牌号 {plate} 已登记在其他车辆上。</source>
        <translation>The plate {plate} is on file for another car.</translation>
    </message>
    <message>
        <source>车型不在车型库中：车辆照常导入，车型待补。</source>
        <translation>The model is not in the catalogue: the car is imported, its model left to fill in.</translation>
    </message>
    <message>
        <source>周次“{text}”格式不对，应为 2026-W47 这样的 ISO 周。</source>
        <translation>The week “{text}” is not valid: write an ISO week such as 2026-W47.</translation>
    </message>
    <message>
        <source>{name}已不是潜在客户，不能列为重点客户。</source>
        <translation>{name} is no longer a prospect and cannot be a key customer.</translation>
    </message>
    <message>
        <source>结果“{outcome}”无效。</source>
        <translation>Invalid outcome “{outcome}”.</translation>
    </message>
    <message>
        <source>战败请填写原因。</source>
        <translation>Give the reason for the loss.</translation>
    </message>
    <message>
        <source>找不到该销售顾问。</source>
        <translation>Sales consultant not found.</translation>
    </message>
    <message>
        <source>{name}已在 {week} 的重点客户名单中。</source>
        <translation>{name} is already a key customer in {week}.</translation>
    </message>
    <message>
        <source>找不到该重点客户记录。</source>
        <translation>Key-customer entry not found.</translation>
    </message>
    <message>
        <source>重点客户记录</source>
        <translation>The key-customer entry</translation>
    </message>
    <message>
        <source>已有 {count} 位同名客户（手机号不同），请确认是否为同一人。</source>
        <translation>{count} customers on file have this name (other phones): is this one of them?</translation>
    </message>
    <message>
        <source>手机号 {mobile} 已登记在“{owner}”名下，与填写的“{typed_name}”不同。</source>
        <translation>The mobile {mobile} is on file for “{owner}”, not “{typed_name}” as typed.</translation>
    </message>
    <message>
        <source>找不到这次接待记录。</source>
        <translation>Visit not found.</translation>
    </message>
    <message>
        <source>离店时间不能早于到店时间。</source>
        <translation>The departure cannot be before the arrival.</translation>
    </message>
    <message>
        <source>找不到该客户，可能已被删除。</source>
        <translation>Customer not found; it may have been deleted.</translation>
    </message>
    <message>
        <source>到店时间不能晚于现在。</source>
        <translation>The arrival time cannot be in the future.</translation>
    </message>
    <message>
        <source>来店人数应在 1 到 {largest} 之间。</source>
        <translation>The party size must be 1 to {largest}.</translation>
    </message>
    <message>
        <source>用途不在可选范围内。</source>
        <translation>Choose a use from the list.</translation>
    </message>
    <message>
        <source>意向级别“{intent_level}”无效。</source>
        <translation>Invalid intent level “{intent_level}”.</translation>
    </message>
    <message>
        <source>预算金额不合理。</source>
        <translation>The budget is not plausible.</translation>
    </message>
    <message>
        <source>预算下限不能高于上限。</source>
        <translation>The budget&apos;s low end cannot be above its high end.</translation>
    </message>
    <message>
        <source>联系类型“{kind}”无效。</source>
        <translation>Invalid kind of contact “{kind}”.</translation>
    </message>
    <message>
        <source>请填写召回活动编号（不超过 40 个字符）。</source>
        <translation>Enter the recall campaign code (at most 40 characters).</translation>
    </message>
    <message>
        <source>交车结算后才能生成电子维修档案。</source>
        <translation>The repair record can be made only after the handover and settlement.</translation>
    </message>
    <message>
        <source>无法读取刚生成的维修档案 {path}：{strerror}</source>
        <translation>Cannot read the repair record just written, {path}: {strerror}</translation>
    </message>
    <message>
        <source>维修档案文件过大，未保存。</source>
        <translation>The repair record file is too large; it was not kept.</translation>
    </message>
    <message>
        <source>车架号 {vin} 的校验位不符，请核对车辆合格证；确认无误后再次提交。</source>
        <translation>The check digit of VIN {vin} does not match: compare it with the car&apos;s certificate, then submit again to confirm.</translation>
    </message>
    <message>
        <source>车架号 {vin} 已登记在档，不能重复配车。</source>
        <translation>VIN {vin} is already on file: it cannot be allocated again.</translation>
    </message>
    <message>
        <source>办理进度无效。</source>
        <translation>Invalid progress.</translation>
    </message>
    <message>
        <source>订单已取消，不能再更新增值服务进度。</source>
        <translation>The order is cancelled: its services&apos; progress can no longer change.</translation>
    </message>
    <message>
        <source>该订单没有这项增值服务。</source>
        <translation>The order has no such service.</translation>
    </message>
    <message>
        <source>请选择车型。</source>
        <translation>Choose a model.</translation>
    </message>
    <message>
        <source>成交价格不合理。</source>
        <translation>The price is not plausible.</translation>
    </message>
    <message>
        <source>定金应在 0 与成交价格之间。</source>
        <translation>The deposit must be between 0 and the price.</translation>
    </message>
    <message>
        <source>付款方式无效。</source>
        <translation>Invalid payment method.</translation>
    </message>
    <message>
        <source>增值服务“{code}”不在可选范围内。</source>
        <translation>The service “{code}” is not offered.</translation>
    </message>
    <message>
        <source>贷款购车请填写贷款银行。</source>
        <translation>Enter the lending bank for a loan.</translation>
    </message>
    <message>
        <source>贷款期限应为 1 到 {longest} 个月。</source>
        <translation>The loan term must be 1 to {longest} months.</translation>
    </message>
    <message>
        <source>该客户已标记为战败。</source>
        <translation>This customer is already recorded as lost.</translation>
    </message>
    <message>
        <source>该客户有未取消的订单，请先取消订单再标记战败。</source>
        <translation>This customer has an order not cancelled: cancel it before recording a loss.</translation>
    </message>
    <message>
        <source>“{key}”不是在这里修改的设置。</source>
        <translation>“{key}” is not a setting changed here.</translation>
    </message>
    <message>
        <source>找不到这位员工。</source>
        <translation>Staff member not found.</translation>
    </message>
    <message>
        <source>请填写门店名称。</source>
        <translation>Enter the store&apos;s name.</translation>
    </message>
    <message>
        <source>{day:%Y-%m-%d} 不能既休息又营业。</source>
        <translation>{day:%Y-%m-%d} cannot be both closed and open.</translation>
    </message>
    <message>
        <source>标志图片太大（{kb} KB），请用不超过 512 KB 的图片。</source>
        <translation>The logo is too large ({kb} KB): use an image of 512 KB or less.</translation>
    </message>
    <message>
        <source>标志图片请用 PNG 或 JPG 格式。</source>
        <translation>Use a PNG or JPG image for the logo.</translation>
    </message>
    <message>
        <source>“{label}”的值类型不正确。</source>
        <translation>“{label}” has a value of the wrong kind.</translation>
    </message>
    <message>
        <source>“{label}”应在 {low:g} 到 {high:g}{unit} 之间。</source>
        <translation>“{label}” must be between {low:g} and {high:g} {unit}.</translation>
    </message>
    <message>
        <source>“{label}”太长了（最多 200 字）。</source>
        <translation>“{label}” is too long (at most 200 characters).</translation>
    </message>
    <message>
        <source>“{label}”格式不对，例如“{example}”。</source>
        <translation>“{label}” is not in the right form, e.g. “{example}”.</translation>
    </message>
    <message>
        <source>“{label}”每一项都应是整数。</source>
        <translation>Every item of “{label}” must be a whole number.</translation>
    </message>
    <message>
        <source>“{label}”中的“{value}”不是日期（应为 2026-10-01 这样）。</source>
        <translation>“{value}” in “{label}” is not a date (write it as 2026-10-01).</translation>
    </message>
    <message>
        <source>“{label}”中有重复的项。</source>
        <translation>“{label}” has an item twice.</translation>
    </message>
    <message>
        <source>“{label}”至少要有一项。</source>
        <translation>“{label}” needs at least one item.</translation>
    </message>
    <message>
        <source>“{label}”中每一项都要填写名称。</source>
        <translation>Every item of “{label}” needs a name.</translation>
    </message>
    <message>
        <source>“{label}”中的数字应为不小于 0 的整数。</source>
        <translation>The numbers in “{label}” must be whole numbers, 0 or more.</translation>
    </message>
    <message>
        <source>设置“{label}”的值类型不正确。</source>
        <translation>The setting “{label}” has a value of the wrong kind.</translation>
    </message>
    <message>
        <source>无法读取数据库或备份文件中的员工账号，无法核对身份。数据库未做任何改动。</source>
        <translation>Cannot read the staff accounts in the database or the backup, so nobody can be checked. Nothing was changed.</translation>
    </message>
    <message>
        <source>没有 {username} 的密码：请设置环境变量 {variable} 或用 --password-stdin。</source>
        <translation>No password for {username}: set the environment variable {variable} or use --password-stdin.</translation>
    </message>
    <message>
        <source>内容过长（最多 {max_length} 个字）。</source>
        <translation>Too long (at most {max_length} characters).</translation>
    </message>
    <message>
        <source>请填写客户姓名。</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <source>请填写手机号码。</source>
        <translation>Enter the mobile number.</translation>
    </message>
    <message>
        <source>手机号码“{raw}”格式不正确。</source>
        <translation>The mobile number “{raw}” is not valid.</translation>
    </message>
    <message>
        <source>“{raw}”不是有效的中国大陆手机号码（11 位，1 开头）。</source>
        <translation>“{raw}” is not a mainland China mobile number (11 digits, starting with 1).</translation>
    </message>
    <message>
        <source>请填写车牌号。</source>
        <translation>Enter the plate.</translation>
    </message>
    <message>
        <source>车牌号“{plate}”格式不正确（例：粤B12345，新能源：粤BD12345）。</source>
        <translation>The plate “{plate}” is not valid (e.g. 粤B12345; new energy: 粤BD12345).</translation>
    </message>
    <message>
        <source>车架号（VIN）应为 17 位，现在是 {length} 位。</source>
        <translation>A VIN has 17 characters; this one has {length}.</translation>
    </message>
    <message>
        <source>车架号（VIN）不能含有字符：{chars}。</source>
        <translation>A VIN cannot contain: {chars}.</translation>
    </message>
    <message>
        <source>找不到该车辆。</source>
        <translation>That car cannot be found.</translation>
    </message>
    <message>
        <source>月份“{text}”格式不对，应为 2026-12 这样的年-月。</source>
        <translation>The month “{text}” is not in the right form: year-month, such as 2026-12.</translation>
    </message>
    <message>
        <source>找不到服务顾问“{name}”。</source>
        <translation>No service advisor named “{name}”.</translation>
    </message>
    <message>
        <source>月底应到未到名单由服务顾问、客服、预约专员、总监和店长查看。</source>
        <translation>The due list is read by service advisors, customer service, appointment officers, directors and the store manager.</translation>
    </message>
    <message>
        <source>服务顾问只能查看自己名下客户的月底应到未到名单。</source>
        <translation>A service advisor reads the due list of their own customers only.</translation>
    </message>
    <message>
        <source>活动消息不能使用占位符“{{{name}}}”，可用的占位符：{allowed}。</source>
        <translation>A campaign message cannot use the placeholder “{{{name}}}”; available: {allowed}.</translation>
    </message>
    <message>
        <source>筛选条件第 {position} 个字符处的引号没有结束。</source>
        <translation>Filter, character {position}: the quotation mark is not closed.</translation>
    </message>
    <message>
        <source>筛选条件在结尾处不完整（第 {position} 个字符）。</source>
        <translation>The filter is incomplete at its end (character {position}).</translation>
    </message>
    <message>
        <source>筛选条件第 {position} 个字符处的“{word}”放错了位置。</source>
        <translation>Filter, character {position}: “{word}” is out of place.</translation>
    </message>
    <message>
        <source>筛选条件第 {position} 个字符处的括号没有闭合。</source>
        <translation>Filter, character {position}: the bracket is not closed.</translation>
    </message>
    <message>
        <source>筛选条件第 {position} 个字符处的“{word}”不是可筛选的字段。</source>
        <translation>Filter, character {position}: “{word}” is not a field you can filter on.</translation>
    </message>
    <message>
        <source>筛选条件第 {position} 个字符处应为比较符号（= != &lt; &lt;= &gt; &gt;= in），而不是“{word}”。</source>
        <translation>Filter, character {position}: expected a comparison (= != &lt; &lt;= &gt; &gt;= in), not “{word}”.</translation>
    </message>
    <message>
        <source>筛选条件第 {position} 个字符处：“{field}”不能用“{word}”比较。</source>
        <translation>Filter, character {position}: “{field}” cannot be compared with “{word}”.</translation>
    </message>
    <message>
        <source>筛选条件第 {position} 个字符处的“{word}”不是“{field}”的取值，可选：{choices}。</source>
        <translation>Filter, character {position}: “{word}” is not a value of “{field}”; choose from: {choices}.</translation>
    </message>
    <message>
        <source>筛选条件第 {position} 个字符处的“{word}”不是整数。</source>
        <translation>Filter, character {position}: “{word}” is not a whole number.</translation>
    </message>
    <message>
        <source>筛选条件第 {position} 个字符处的“{word}”不是日期（例如 2026-01-31）。</source>
        <translation>Filter, character {position}: “{word}” is not a date (e.g. 2026-01-31).</translation>
    </message>
    <message>
        <source>可预约的时间：{offered}。</source>
        <translation> Free times: {offered}.</translation>
    </message>
    <message>
        <source>近 30 天内没有可预约的时间。</source>
        <translation> No free time in the next 30 days.</translation>
    </message>
    <message>
        <source>{reason}{hint}</source>
        <translation>{reason}{hint}</translation>
    </message>
    <message>
        <source>请填写活动名称。</source>
        <translation>Enter the campaign&apos;s name.</translation>
    </message>
    <message>
        <source>活动邀约请填写活动时间。</source>
        <translation>An event invitation needs the event&apos;s date and time.</translation>
    </message>
    <message>
        <source>邀约日期应在今天和活动日期之间。</source>
        <translation>The calls must be due between today and the event.</translation>
    </message>
    <message>
        <source>找不到该活动。</source>
        <translation>Campaign not found.</translation>
    </message>
    <message>
        <source>邀约结果“{rsvp}”无效。</source>
        <translation>The answer “{rsvp}” is not valid.</translation>
    </message>
    <message>
        <source>找不到该邀约。</source>
        <translation>Invitation not found.</translation>
    </message>
    <message>
        <source>活动邀约</source>
        <translation>Event invitation</translation>
    </message>
    <message>
        <source>找不到名为“{name}”的客户筛选。</source>
        <translation>There is no saved filter named “{name}”.</translation>
    </message>
    <message>
        <source>筛选名称不能为空，最长 {length} 个字。</source>
        <translation>A filter&apos;s name cannot be empty and has at most {length} characters.</translation>
    </message>
</context>
<context>
    <name>EscalationBadge</name>
    <message>
        <source>逾期投诉 %1 件</source>
        <translation>%1 overdue complaints</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>选择客户名单文件</source>
        <translation>Choose the customer list</translation>
    </message>
    <message>
        <source>Excel（.xlsx、.xls）或 CSV 文件。表头上方的标题行和空行会自动跳过。</source>
        <translation>An Excel (.xlsx, .xls) or CSV file. Title rows and blank rows above the header are skipped.</translation>
    </message>
    <message>
        <source>文件路径</source>
        <translation>File path</translation>
    </message>
    <message>
        <source>浏览…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>文件：</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>工作表：</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>选择客户名单</source>
        <translation>Choose a customer list</translation>
    </message>
    <message>
        <source>客户名单 (*.xlsx *.xls *.csv)</source>
        <translation>Customer lists (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>没有自动找到表头行，请在下一步指定表头所在的行。</source>
        <translation>No header row was found: give the row of the header on the next page.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>全部负责人</source>
        <translation>All owners</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部渠道</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>新门店设置向导</source>
        <translation>New store set-up</translation>
    </message>
    <message>
        <source>员工账号</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>添加销售顾问、前台、服务顾问和客服的账号。可以跳过，以后在“管理 → 员工账号”中添加。</source>
        <translation>Add accounts for sales consultants, receptionists, service advisors and customer service. You may skip this and add them later under Admin → Staff accounts.</translation>
    </message>
    <message>
        <source>车型库</source>
        <translation>Car catalogue</translation>
    </message>
    <message>
        <source>点“载入常见车型”从常见车型开始，再按本店经营的品牌修改保养计划。可以跳过，以后在“管理 → 车型库”中修改。</source>
        <translation>Press “Load common models” to start from common models, then adjust the maintenance plans for the brands you sell. You may skip this and edit it later under Admin → Car catalogue.</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>创建店长账号</source>
        <translation>Create the store manager account</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>回访：逾期未做（按负责人）</source>
        <translation>Follow-ups overdue, by owner</translation>
    </message>
    <message>
        <source>当日到期 %1&#x3000;当日完成 %2&#x3000;逾期 %3</source>
        <translation>Due that day %1   Done that day %2   Overdue %3</translation>
    </message>
    <message>
        <source>未分配</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>%1 的逾期回访</source>
        <translation>Overdue follow-ups of %1</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>离店关怀短信</source>
        <translation>Departure-care SMS</translation>
    </message>
    <message>
        <source>当晚回访</source>
        <translation>Same-evening callback</translation>
    </message>
    <message>
        <source>24 小时首次跟进</source>
        <translation>First follow-up within 24 hours</translation>
    </message>
    <message>
        <source>按级别跟进</source>
        <translation>Follow-up paced by level</translation>
    </message>
    <message>
        <source>交车 24 小时回访</source>
        <translation>24-hour callback after delivery</translation>
    </message>
    <message>
        <source>客服 15 天关怀回访</source>
        <translation>15-day care call (customer service)</translation>
    </message>
    <message>
        <source>顾问 1-3 个月关怀</source>
        <translation>Consultant care call (1–3 months)</translation>
    </message>
    <message>
        <source>首保提醒</source>
        <translation>First service reminder</translation>
    </message>
    <message>
        <source>定期保养提醒</source>
        <translation>Regular service reminder</translation>
    </message>
    <message>
        <source>下次保养到期</source>
        <translation>Next service due</translation>
    </message>
    <message>
        <source>未做项目回访</source>
        <translation>Declined work follow-up</translation>
    </message>
    <message>
        <source>出保前检查</source>
        <translation>Pre-expiry inspection</translation>
    </message>
    <message>
        <source>质保到期提醒</source>
        <translation>Warranty expiry reminder</translation>
    </message>
    <message>
        <source>保险到期提醒</source>
        <translation>Insurance expiry reminder</translation>
    </message>
    <message>
        <source>年审提醒</source>
        <translation>Annual inspection reminder</translation>
    </message>
    <message>
        <source>召回通知</source>
        <translation>Recall notice</translation>
    </message>
    <message>
        <source>预约确认</source>
        <translation>Appointment confirmation</translation>
    </message>
    <message>
        <source>预约未到店回访</source>
        <translation>Missed appointment call</translation>
    </message>
    <message>
        <source>生日祝福</source>
        <translation>Birthday greeting</translation>
    </message>
    <message>
        <source>节日问候</source>
        <translation>Holiday greeting</translation>
    </message>
    <message>
        <source>半年未回厂</source>
        <translation>Not back for 6 months</translation>
    </message>
    <message>
        <source>一年未回厂</source>
        <translation>Not back for a year</translation>
    </message>
    <message>
        <source>两年未回厂</source>
        <translation>Not back for 2 years</translation>
    </message>
    <message>
        <source>活动邀约</source>
        <translation>Event invitation</translation>
    </message>
    <message>
        <source>特殊天气提醒</source>
        <translation>Weather notice</translation>
    </message>
    <message>
        <source>入冬防冻液与暖风检查</source>
        <translation>Antifreeze and heating check before winter</translation>
    </message>
    <message>
        <source>入冬轮胎检查</source>
        <translation>Tyre check before winter</translation>
    </message>
    <message>
        <source>入夏空调检查</source>
        <translation>Air-conditioning check before summer</translation>
    </message>
    <message>
        <source>雨季雨刮与刹车检查</source>
        <translation>Wipers and brakes before the rainy season</translation>
    </message>
    <message>
        <source>投诉处理时限</source>
        <translation>Complaint deadline</translation>
    </message>
    <message>
        <source>投诉逾期督办</source>
        <translation>Overdue complaint: follow it up</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>交车结算</source>
        <translation>Handover and billing</translation>
    </message>
    <message>
        <source>委托书号</source>
        <translation>Repair order no.</translation>
    </message>
    <message>
        <source>预估金额</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>结算金额</source>
        <translation>Final amount</translation>
    </message>
    <message>
        <source>下次保养</source>
        <translation>Next service</translation>
    </message>
    <message>
        <source>暂无法预测</source>
        <translation>Cannot predict yet</translation>
    </message>
    <message>
        <source>%1 或 %2 km（以先到者为准）</source>
        <translation>%1 or %2 km (whichever comes first)</translation>
    </message>
</context>
<context>
    <name>ImportFields</name>
    <message>
        <source>（忽略此列）</source>
        <translation>(ignore this column)</translation>
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
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>购车日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>进厂日期</source>
        <translation>Service date</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>手机号</source>
        <translation>Mobile number</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>导入客户</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <source>门店已有的客户名单（Excel 或 CSV）可以现在导入，也可以以后在“管理 → 导入客户”中导入。</source>
        <translation>Import the store&apos;s existing customer lists (Excel or CSV) now, or later under Admin → Import customers.</translation>
    </message>
    <message>
        <source>导入客户…</source>
        <translation>Import customers…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>重复的</source>
        <translation>Same</translation>
    </message>
    <message>
        <source>已有客户编号</source>
        <translation>Customer on file</translation>
    </message>
    <message>
        <source>与第几行相同</source>
        <translation>Same as row</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>新车辆挂到已有客户名下</source>
        <translation>New car added to the customer on file</translation>
    </message>
    <message>
        <source>不重复导入</source>
        <translation>Not imported again</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>导入客户</source>
        <translation>Import customers</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>匿名投诉</source>
        <translation>Anonymous complaint</translation>
    </message>
    <message>
        <source>登记投诉</source>
        <translation>Register complaint</translation>
    </message>
    <message>
        <source>匿名客户留下的手机号（可选）</source>
        <translation>Mobile left by the anonymous customer (optional)</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>销售订单</source>
        <translation>Sales order</translation>
    </message>
    <message>
        <source>维修委托书</source>
        <translation>Repair order</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>客户原话</source>
        <translation>Customer&apos;s own words</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>投诉内容</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>受理时间早于现在时必填</source>
        <translation>Required when received earlier than now</translation>
    </message>
    <message>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>（未指定）</source>
        <translation>(not assigned)</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received at</translation>
    </message>
    <message>
        <source>补录原因</source>
        <translation>Reason for late entry</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department responsible</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>匿名投诉（可稍后关联客户）</source>
        <translation>Anonymous (the customer can be linked later)</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(undecided)</translation>
    </message>
</context>
<context>
    <name>ItemEntry</name>
    <message>
        <source>项目名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>材料费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>请填写维修项目名称。</source>
        <translation>Enter the name of the work item.</translation>
    </message>
    <message>
        <source>金额格式不正确，请输入数字。</source>
        <translation>Not an amount: enter a number.</translation>
    </message>
</context>
<context>
    <name>KeyCustomerPanel</name>
    <message>
        <source>全部顾问</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <source>列为本周重点客户</source>
        <translation>Make a key customer this week</translation>
    </message>
    <message>
        <source>战败原因 / 下一步</source>
        <translation>Reason lost / next step</translation>
    </message>
    <message>
        <source>成交</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>战败</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>延期到下周</source>
        <translation>Carry over to next week</translation>
    </message>
    <message>
        <source>导出重点客户管理表…</source>
        <translation>Export key-customer sheet…</translation>
    </message>
    <message>
        <source>周次</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
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
        <source>意向车型</source>
        <translation>Model of interest</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>最近联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>列入</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>成交率</source>
        <translation>Closing rate</translation>
    </message>
    <message>
        <source>H 级潜客</source>
        <translation>H-level prospects</translation>
    </message>
    <message>
        <source>本周复盘（黄色：有战败或延期，需辅导）</source>
        <translation>This week&apos;s review (yellow: lost or carried over, needs coaching)</translation>
    </message>
    <message>
        <source>请先选择顾问和一位 H 级潜客。</source>
        <translation>First choose a consultant and an H-level prospect.</translation>
    </message>
    <message>
        <source>请先在名单中选择一位客户。</source>
        <translation>First select a customer in the list.</translation>
    </message>
    <message>
        <source>已延期，已列入 %1。</source>
        <translation>Carried over: listed in %1.</translation>
    </message>
    <message>
        <source>导出重点客户管理表</source>
        <translation>Export key-customer sheet</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>无法写入文件：%1</source>
        <translation>Cannot write the file: %1</translation>
    </message>
    <message>
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
</context>
<context>
    <name>KeyCustomerSection</name>
    <message>
        <source>本周重点客户（按顾问）</source>
        <translation>Key customers this week, by consultant</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>列入</source>
        <translation>Listed</translation>
    </message>
    <message>
        <source>成交</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>战败</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>本周重点客户（%1）</source>
        <translation>Key customers (%1)</translation>
    </message>
</context>
<context>
    <name>LateCarNotifier</name>
    <message>
        <source>%1 已过承诺交车时间 %2，请告知客户进度。</source>
        <translation>%1 has passed its promised time %2: tell the customer how it is going.</translation>
    </message>
    <message>
        <source>另有 %1 辆。</source>
        <translation> %1 more.</translation>
    </message>
    <message>
        <source>DealerDesk 交车提醒</source>
        <translation>DealerDesk promised-time notice</translation>
    </message>
</context>
<context>
    <name>LostDialog</name>
    <message>
        <source>战败登记</source>
        <translation>Record lost prospect</translation>
    </message>
    <message>
        <source>战败原因</source>
        <translation>Reason lost</translation>
    </message>
    <message>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>（选填）</source>
        <translation>(optional)</translation>
    </message>
</context>
<context>
    <name>LoyalList</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>徽章</source>
        <translation>Badges</translation>
    </message>
    <message>
        <source>转介绍</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>一年内付费进厂</source>
        <translation>Paid visits in a year</translation>
    </message>
    <message>
        <source>一年内消费（元）</source>
        <translation>Spent in a year (yuan)</translation>
    </message>
    <message>
        <source>全部忠诚客户</source>
        <translation>All loyal customers</translation>
    </message>
    <message>
        <source>销售忠诚</source>
        <translation>Sales-loyal</translation>
    </message>
    <message>
        <source>售后忠诚</source>
        <translation>After-sales-loyal</translation>
    </message>
    <message>
        <source>共 %1 位</source>
        <translation>%1 in all</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>展厅接待</source>
        <translation>Showroom</translation>
    </message>
    <message>
        <source>订单与交车</source>
        <translation>Orders and delivery</translation>
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
        <source>售后预约</source>
        <translation>Service appointments</translation>
    </message>
    <message>
        <source>客户投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>经营看板</source>
        <translation>Managers&apos; board</translation>
    </message>
    <message>
        <source>客户筛选</source>
        <translation>Customer filter</translation>
    </message>
    <message>
        <source>活动邀约</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>正在打开…</source>
        <translation>Opening…</translation>
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
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <source>未登录</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>当前员工：%1</source>
        <translation>Staff at the desk: %1</translation>
    </message>
    <message>
        <source>管理</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>操作日志…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <source>导入客户…</source>
        <translation>Import customers…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <source>门店信息…</source>
        <translation>Store profile…</translation>
    </message>
    <message>
        <source>员工账号…</source>
        <translation>Staff accounts…</translation>
    </message>
    <message>
        <source>车型库…</source>
        <translation>Car catalogue…</translation>
    </message>
    <message>
        <source>系统设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>修改密码…</source>
        <translation>Change password…</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>店长账号</source>
        <translation>Store manager&apos;s account</translation>
    </message>
    <message>
        <source>这是新的数据库：请先创建店长账号，用它来添加其他员工。</source>
        <translation>This is a new database: first create the store manager account, then use it to add the other staff.</translation>
    </message>
    <message>
        <source>店长姓名</source>
        <translation>Store manager&apos;s name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>核对列的对应</source>
        <translation>Check the columns</translation>
    </message>
    <message>
        <source>已按表头自动对应；不认识的列会被忽略。如有不对，请在右侧修改。</source>
        <translation>Columns were matched by their headers; unknown columns are ignored. Correct them on the right if needed.</translation>
    </message>
    <message>
        <source>表头在第几行：</source>
        <translation>Header row:</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>示例</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>每个字段只能对应一列：%1 对应了多列。</source>
        <translation>Each field takes one column: %1 has several.</translation>
    </message>
    <message>
        <source>请指定哪一列是客户姓名。</source>
        <translation>Choose the column with the customer&apos;s name.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{low:万}-{high:万}万</source>
        <translation>¥{low:,}–{high:,}</translation>
    </message>
    <message>
        <source>{low:万}万以上</source>
        <translation>over ¥{low:,}</translation>
    </message>
    <message>
        <source>{high:万}万以内</source>
        <translation>up to ¥{high:,}</translation>
    </message>
</context>
<context>
    <name>MileagePanel</name>
    <message>
        <source>里程表读数（km）</source>
        <translation>Odometer reading (km)</translation>
    </message>
    <message>
        <source>长途行驶？</source>
        <translation>Long trip?</translation>
    </message>
    <message>
        <source>更正原因（如：更换仪表、上次录入错误）</source>
        <translation>Reason for correction (e.g. cluster replaced, last entry wrong)</translation>
    </message>
    <message>
        <source>加入所选建议项目</source>
        <translation>Add the selected suggestions</translation>
    </message>
    <message>
        <source>进厂里程</source>
        <translation>Odometer at check-in</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>建议项目</source>
        <translation>Suggested work</translation>
    </message>
    <message>
        <source>首次到店，没有可比较的历史里程。</source>
        <translation>First visit: no earlier reading to compare.</translation>
    </message>
    <message>
        <source>距上次 %1 天，行驶 %2 km；本次日均 %3 km，平时日均 %4 km，比值 %5</source>
        <translation>%1 days since last visit, %2 km driven; %3 km a day now, %4 km a day usually, ratio %5</translation>
    </message>
    <message>
        <source>读数低于上次的 %1 km，不能直接保存；如确属换表或录入错误，请填写更正原因。</source>
        <translation>Reading below the last one (%1 km): it cannot be saved as is; if the cluster was replaced or the last entry was wrong, give the reason for correction.</translation>
    </message>
    <message>
        <source>行驶里程异常偏大，保存时需要确认读数。</source>
        <translation>Unusually high mileage: the reading must be confirmed when saving.</translation>
    </message>
    <message>
        <source>车辆长期未到店，建议检查蓄电池、轮胎和油液。</source>
        <translation>The car has not been in for a long time: check battery, tyres and fluids.</translation>
    </message>
</context>
<context>
    <name>ModelEditor</name>
    <message>
        <source>新能源</source>
        <translation>New energy</translation>
    </message>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>如：豪华型、旗舰型</source>
        <translation>e.g. Deluxe、Flagship</translation>
    </message>
    <message>
        <source>如：冰川白、星河蓝</source>
        <translation>e.g. Glacier White、Galaxy Blue</translation>
    </message>
    <message>
        <source>门店默认</source>
        <translation>Store default</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>车系</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>指导价</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>首保里程</source>
        <translation>First service at (km)</translation>
    </message>
    <message>
        <source>首保时间（月）</source>
        <translation>First service after (months)</translation>
    </message>
    <message>
        <source>定保间隔里程</source>
        <translation>Service every (km)</translation>
    </message>
    <message>
        <source>定保间隔时间（月）</source>
        <translation>Service every (months)</translation>
    </message>
    <message>
        <source>质保年限</source>
        <translation>Warranty (years)</translation>
    </message>
    <message>
        <source>质保里程</source>
        <translation>Warranty (km)</translation>
    </message>
    <message>
        <source>配置</source>
        <translation>Trim</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>预约改期</source>
        <translation>Move booking</translation>
    </message>
    <message>
        <source>这一天不是工作日，请另选日期。</source>
        <translation>That day is not a working day; choose another.</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>新建活动邀约</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>生成名单和回访任务</source>
        <translation>Make the list and the calls</translation>
    </message>
    <message>
        <source>客户群</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>活动时间</source>
        <translation>Event time</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>邀约日期</source>
        <translation>Calls due</translation>
    </message>
    <message>
        <source>消息模板</source>
        <translation>Message template</translation>
    </message>
    <message>
        <source>预览</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>正在生成名单……</source>
        <translation>Making the list…</translation>
    </message>
</context>
<context>
    <name>NewOrderForm</name>
    <message>
        <source>添加项目</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>客户不做</source>
        <translation>Declined by customer</translation>
    </message>
    <message>
        <source>删除项目</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>开维修委托书</source>
        <translation>Open repair order</translation>
    </message>
    <message>
        <source>保养</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>质保</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <source>事故车</source>
        <translation>Accident repair</translation>
    </message>
    <message>
        <source>召回</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>PDI 检查</source>
        <translation>PDI</translation>
    </message>
    <message>
        <source>油量</source>
        <translation>Fuel level</translation>
    </message>
    <message>
        <source>服务类型</source>
        <translation>Service type</translation>
    </message>
    <message>
        <source>客户描述</source>
        <translation>Customer&apos;s description</translation>
    </message>
    <message>
        <source>初检记录</source>
        <translation>Initial inspection</translation>
    </message>
    <message>
        <source>承诺交车</source>
        <translation>Promised for</translation>
    </message>
    <message>
        <source>预约 %1 %2（%3）：已带入客户描述和计划项目。</source>
        <translation>Booked %1 %2 (%3): the customer&apos;s words and the planned work are filled in.</translation>
    </message>
    <message>
        <source>未指定顾问</source>
        <translation>no advisor chosen</translation>
    </message>
    <message>
        <source>请先选择车辆并填写进厂里程。</source>
        <translation>First select the car and enter the odometer reading.</translation>
    </message>
    <message>
        <source>请确认里程</source>
        <translation>Confirm the reading</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <source> 元</source>
        <translation> yuan</translation>
    </message>
    <message>
        <source>新建销售订单</source>
        <translation>New sales order</translation>
    </message>
    <message>
        <source>签订订单</source>
        <translation>Sign order</translation>
    </message>
    <message>
        <source>全款</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>贷款</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>配置</source>
        <translation>Trim</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>成交价</source>
        <translation>Deal price</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>贷款银行</source>
        <translation>Lending bank</translation>
    </message>
    <message>
        <source>贷款期限</source>
        <translation>Loan term</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Delivery due</translation>
    </message>
    <message>
        <source>增值服务</source>
        <translation>Value-added services</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>%1 元</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <source>订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>17 位车架号</source>
        <translation>17-character VIN</translation>
    </message>
    <message>
        <source>配车</source>
        <translation>Allocate car</translation>
    </message>
    <message>
        <source>告知客户的进展（选填）</source>
        <translation>Progress told to the customer (optional)</translation>
    </message>
    <message>
        <source>更新进度</source>
        <translation>Update progress</translation>
    </message>
    <message>
        <source>取消订单</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>忠诚客户</source>
        <translation>Loyal customer</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>增值服务</source>
        <translation>Value-added services</translation>
    </message>
    <message>
        <source>在左侧选择一个订单，或新建订单。</source>
        <translation>Select an order on the left, or create a new one.</translation>
    </message>
    <message>
        <source>暂无</source>
        <translation>None yet</translation>
    </message>
    <message>
        <source>贷款（%1，%2 个月）</source>
        <translation>Loan (%1, %2 months)</translation>
    </message>
    <message>
        <source>全款</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>成交价 %1&#x3000;定金 %2</source>
        <translation>Price %1   Deposit %2</translation>
    </message>
    <message>
        <source>预计交车 %1</source>
        <translation>Delivery planned %1</translation>
    </message>
    <message>
        <source>%1：%2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>（%1）</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>未选增值服务</source>
        <translation>No value-added services</translation>
    </message>
    <message>
        <source>追加项目（待客户同意）</source>
        <translation>Add work (awaiting customer consent)</translation>
    </message>
    <message>
        <source>记录客户同意</source>
        <translation>Record customer consent</translation>
    </message>
    <message>
        <source>客户不做</source>
        <translation>Declined by customer</translation>
    </message>
    <message>
        <source>开始维修</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>送质检</source>
        <translation>Send to inspection</translation>
    </message>
    <message>
        <source>质检通过</source>
        <translation>Inspection passed</translation>
    </message>
    <message>
        <source>交车结算</source>
        <translation>Handover and billing</translation>
    </message>
    <message>
        <source>返工</source>
        <translation>Rework</translation>
    </message>
    <message>
        <source>预览/打印委托书</source>
        <translation>Preview/print repair order</translation>
    </message>
    <message>
        <source>系统程序打开</source>
        <translation>Open in system viewer</translation>
    </message>
    <message>
        <source>用本机的 PDF 阅读器打开维修委托书</source>
        <translation>Open the repair order in this computer&apos;s PDF reader</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>维修档案预览/打印</source>
        <translation>Preview/print repair record</translation>
    </message>
    <message>
        <source>保存维修档案 PDF</source>
        <translation>Save repair record PDF</translation>
    </message>
    <message>
        <source>委托书 %1&#x3000;状态：%2&#x3000;预估 ¥%3</source>
        <translation>Repair order %1   Status: %2   Estimate ¥%3</translation>
    </message>
    <message>
        <source>&#x3000;结算 ¥%1&#x3000;下次保养 %2 / %3 km</source>
        <translation>   Final ¥%1   Next service %2 / %3 km</translation>
    </message>
    <message>
        <source>电子维修档案已生成，随委托书保存，可预览打印。</source>
        <translation>The repair record is made and kept with the repair order, ready to print.</translation>
    </message>
    <message>
        <source>保存电子维修档案</source>
        <translation>Save the repair record</translation>
    </message>
    <message>
        <source>电子维修档案已保存到：%1</source>
        <translation>Repair record saved to: %1</translation>
    </message>
    <message>
        <source>保存维修委托书</source>
        <translation>Save repair order</translation>
    </message>
    <message>
        <source>维修委托书已保存到：%1</source>
        <translation>Repair order saved to: %1</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>粘贴图片 (Ctrl+V)</source>
        <translation>Paste picture (Ctrl+V)</translation>
    </message>
    <message>
        <source>移除</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>选择照片</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <source>正在读取照片…</source>
        <translation>Reading photos…</translation>
    </message>
    <message>
        <source>无法读取照片：%1</source>
        <translation>Cannot read the photo: %1</translation>
    </message>
    <message>
        <source>剪贴板里没有图片。</source>
        <translation>There is no picture on the clipboard.</translation>
    </message>
    <message>
        <source>粘贴的图片%1.png</source>
        <translation>pasted%1.png</translation>
    </message>
</context>
<context>
    <name>ProfileColumn</name>
    <message>
        <source>客户资料</source>
        <translation>The customer&apos;s details</translation>
    </message>
    <message>
        <source>客户价值</source>
        <translation>Customer value</translation>
    </message>
    <message>
        <source>家庭与推荐</source>
        <translation>Household and referrals</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>爱好</source>
        <translation>Hobbies</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>District</translation>
    </message>
    <message>
        <source>偏好渠道</source>
        <translation>Preferred channel</translation>
    </message>
    <message>
        <source>驾龄</source>
        <translation>Years driving</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>最近到店</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>战败原因</source>
        <translation>Reason lost</translation>
    </message>
    <message>
        <source>联系授权</source>
        <translation>Contact consent</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>价值等级</source>
        <translation>Value level</translation>
    </message>
    <message>
        <source>RFM 分群</source>
        <translation>RFM segment</translation>
    </message>
    <message>
        <source>近一年消费</source>
        <translation>Spend, past year</translation>
    </message>
    <message>
        <source>统计期内</source>
        <translation>Within the window</translation>
    </message>
    <message>
        <source>最近消费</source>
        <translation>Last paid</translation>
    </message>
    <message>
        <source>计算时间</source>
        <translation>Computed at</translation>
    </message>
    <message>
        <source>推荐人</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>推荐了</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>使用谁的手机</source>
        <translation>Uses the mobile of</translation>
    </message>
    <message>
        <source>共用本机号码</source>
        <translation>Share this mobile</translation>
    </message>
    <message>
        <source>（%1 岁）</source>
        <translation> (%1 years old)</translation>
    </message>
    <message>
        <source>&#x3000;农历 %1月%2日</source>
        <translation>  lunar %1/%2</translation>
    </message>
    <message>
        <source>%1 年</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>同意</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>尚未计算（登录后在后台计算）</source>
        <translation>Not computed yet (computed in the background after sign-in)</translation>
    </message>
    <message>
        <source>%1 次，¥%2</source>
        <translation>%1 times, ¥%2</translation>
    </message>
    <message>
        <source> 等 %1 位</source>
        <translation> and others, %1 in all</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>编辑客户资料</source>
        <translation>Edit customer profile</translation>
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
        <source>区域</source>
        <translation>District</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>资料已被修改</source>
        <translation>Profile changed elsewhere</translation>
    </message>
    <message>
        <source>现在重新加载？（您的修改将丢失）</source>
        <translation>Reload it now? (your changes will be lost)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>门店信息</source>
        <translation>Store profile</translation>
    </message>
    <message>
        <source>打印在交车清单和维修委托书上；营业时间用于投诉时限。可以跳过，以后在“管理 → 门店信息”中填写。</source>
        <translation>Printed on delivery checklists and repair orders; the business hours drive the complaint deadlines. You may skip this and fill it in later under Admin → Store profile.</translation>
    </message>
</context>
<context>
    <name>ProgressBoard</name>
    <message>
        <source>已接车</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>In the workshop</translation>
    </message>
    <message>
        <source>质检中</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>待交车</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>已交车</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>%1 分钟</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 小时 %2 分</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>超时 %1</source>
        <translation>%1 late</translation>
    </message>
    <message>
        <source>还有 %1</source>
        <translation>%1 to go</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>接车</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>承诺交车</source>
        <translation>Promised for</translation>
    </message>
    <message>
        <source>剩余时间</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>维修进度看板</source>
        <translation>Repair progress</translation>
    </message>
    <message>
        <source>今日在修 %1 辆&#x3000;%2</source>
        <translation>%1 cars in the workshop today&#x3000;%2</translation>
    </message>
    <message>
        <source>&#x3000;超时 %1 辆</source>
        <translation>&#x3000;%1 late</translation>
    </message>
</context>
<context>
    <name>ReadingsView</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>里程(km)</source>
        <translation>Odometer (km)</translation>
    </message>
    <message>
        <source>间隔天数</source>
        <translation>Days apart</translation>
    </message>
    <message>
        <source>间隔里程</source>
        <translation>km apart</translation>
    </message>
    <message>
        <source>日均(km)</source>
        <translation>km a day</translation>
    </message>
    <message>
        <source>更正原因</source>
        <translation>Reason for correction</translation>
    </message>
    <message>
        <source>正确里程（km）</source>
        <translation>Correct reading (km)</translation>
    </message>
    <message>
        <source>更正所选读数</source>
        <translation>Correct the selected reading</translation>
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
        <source>编辑资料</source>
        <translation>Edit profile</translation>
    </message>
    <message>
        <source>客户全景</source>
        <translation>Customer 360°</translation>
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
        <source>客户资料已保存。</source>
        <translation>Customer profile saved.</translation>
    </message>
    <message>
        <source>已登记到店（接待单号 %1）。</source>
        <translation>Arrival registered (visit no. %1).</translation>
    </message>
    <message>
        <source>手机号 %1 已登记在“%2”名下，您填写的是“%3”。这位客户是：</source>
        <translation>Phone %1 is on file for “%2”; you typed “%3”. This customer is:</translation>
    </message>
    <message>
        <source>同一人：“%1”再次到店</source>
        <translation>The same person: a return visit of “%1”</translation>
    </message>
    <message>
        <source>家人或同事共用此手机：新建客户“%1”并关联</source>
        <translation>A family member or colleague sharing the phone: new customer “%1”, linked</translation>
    </message>
    <message>
        <source>号码输错了：返回修改手机号</source>
        <translation>A typo: go back and fix the number</translation>
    </message>
    <message>
        <source>此手机号已有客户</source>
        <translation>This phone number is already on file</translation>
    </message>
    <message>
        <source>请改正手机号后再登记。</source>
        <translation>Correct the phone number, then register.</translation>
    </message>
    <message>
        <source>不是同一人：新建客户“%1”</source>
        <translation>Someone else: create the new customer “%1”</translation>
    </message>
    <message>
        <source>是同一人：从列表中选择已有客户</source>
        <translation>The same person: pick the existing customer from the list</translation>
    </message>
    <message>
        <source>可能重复的客户</source>
        <translation>Possible duplicate customer</translation>
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
    <name>RegisterVehicleDialog</name>
    <message>
        <source>登记新车</source>
        <translation>Register car</translation>
    </message>
    <message>
        <source>（未选择）</source>
        <translation>(none selected)</translation>
    </message>
    <message>
        <source>车架号（VIN）</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>车牌号</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>车主姓名</source>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>车主手机</source>
        <translation>Owner&apos;s mobile</translation>
    </message>
    <message>
        <source>请确认</source>
        <translation>Please confirm</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>试导入结果</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>这一步只检查，不保存任何数据。有错误的行导入时会跳过。</source>
        <translation>This step only checks; nothing is saved. Rows with errors are skipped by the import.</translation>
    </message>
    <message>
        <source>开始导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <source>正在检查……</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>错误 %1 行</source>
        <translation>Errors: %1 rows</translation>
    </message>
    <message>
        <source>重复 %1 行</source>
        <translation>Duplicates: %1 rows</translation>
    </message>
    <message>
        <source>提示 %1 条</source>
        <translation>Notes: %1</translation>
    </message>
    <message>
        <source>共 %1 行数据（表头在第 %2 行），可以导入 %3 行：将新建客户 %4 位、车辆 %5 辆、进厂记录 %6 条；已有客户添加新车 %7 辆。</source>
        <translation>%1 data rows (header in row %2), %3 can be imported: %4 new customers, %5 cars, %6 service records; %7 new cars for customers on file.</translation>
    </message>
    <message>
        <source>合计行 %1 行不导入。</source>
        <translation> %1 totals rows are not imported.</translation>
    </message>
    <message>
        <source>没有可以导入的新数据。</source>
        <translation> Nothing new to import.</translation>
    </message>
    <message>
        <source>无法保存文件：%1</source>
        <translation>Could not save the file: %1</translation>
    </message>
    <message>
        <source>错误报告已保存到 %1</source>
        <translation> Error report saved to %1</translation>
    </message>
    <message>
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>重置密码：%1</source>
        <translation>Reset password: %1</translation>
    </message>
    <message>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>重置</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>把新密码当面告诉这位员工，请其登录后自己修改。</source>
        <translation>Tell this person the new password in person and ask them to change it after signing in.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>数据库备份 (*.sqlite3);;所有文件 (*)</source>
        <translation>Database backups (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <source>用备份 %1 替换当前数据库？当前数据库会另存一份，不会删除。恢复前请关闭其他工作站上的 DealerDesk；恢复后本窗口将关闭，请重新打开。</source>
        <translation>Replace the current database with the backup %1? The current database is kept aside, not deleted. Close DealerDesk on the other workstations first; this window closes after the restore, then open DealerDesk again.</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>已从备份恢复。原数据库已另存为：%1
请重新打开 DealerDesk。</source>
        <translation>Restored from the backup. The previous database was kept as: %1
Please open DealerDesk again.</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore complete</translation>
    </message>
</context>
<context>
    <name>RuleEditor</name>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
    <message>
        <source>保存规则</source>
        <translation>Save rule</translation>
    </message>
    <message>
        <source>提前/间隔天数</source>
        <translation>Lead / interval days</translation>
    </message>
    <message>
        <source>负责岗位</source>
        <translation>Owner role</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>销售顾问</source>
        <translation>Sales consultant</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>客服</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>预约专员</source>
        <translation>Appointment officer</translation>
    </message>
    <message>
        <source>销售总监</source>
        <translation>Sales director</translation>
    </message>
    <message>
        <source>店长</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <source>前台</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>服务必需</source>
        <translation>Service-necessary</translation>
    </message>
    <message>
        <source>营销</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>问候</source>
        <translation>Greetings</translation>
    </message>
    <message>
        <source>规则</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>负责</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>季节日期</source>
        <translation>Season&apos;s day</translation>
    </message>
    <message>
        <source>联系类型</source>
        <translation>Contact kind</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>月-日，如 11-15（仅季节提醒）</source>
        <translation>month-day, e.g. 11-15 (seasonal checks only)</translation>
    </message>
    <message>
        <source>消息模板</source>
        <translation>Message template</translation>
    </message>
    <message>
        <source>可用占位符：%1</source>
        <translation>Placeholders available: %1</translation>
    </message>
    <message>
        <source>只有店长可以修改提醒规则。</source>
        <translation>Only the store manager can change reminder rules.</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>正在导入</source>
        <translation>Importing</translation>
    </message>
    <message>
        <source>导入是一个整体：取消或出错时不保存任何数据。</source>
        <translation>The import is one whole: cancelled or failed, nothing is saved.</translation>
    </message>
    <message>
        <source>取消导入</source>
        <translation>Cancel import</translation>
    </message>
    <message>
        <source>正在导入……</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>正在取消……</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <source>PDI 交车前检查</source>
        <translation>PDI (pre-delivery inspection)</translation>
    </message>
    <message>
        <source>交车检查</source>
        <translation>Handover check</translation>
    </message>
    <message>
        <source>功能与事项讲解</source>
        <translation>Explained to the customer</translation>
    </message>
    <message>
        <source>随车物品</source>
        <translation>Delivery kit</translation>
    </message>
    <message>
        <source>车身漆面无划痕、凹陷</source>
        <translation>Paintwork free of scratches and dents</translation>
    </message>
    <message>
        <source>轮胎、胎压与备胎</source>
        <translation>Tyres, pressures and spare</translation>
    </message>
    <message>
        <source>机油、冷却液、制动液、玻璃水液位</source>
        <translation>Oil, coolant, brake fluid and washer levels</translation>
    </message>
    <message>
        <source>蓄电池电量与电气设备</source>
        <translation>Battery charge and electrics</translation>
    </message>
    <message>
        <source>灯光与仪表警示灯</source>
        <translation>Lights and dashboard warning lights</translation>
    </message>
    <message>
        <source>路试：制动、转向、异响</source>
        <translation>Road test: brakes, steering, noises</translation>
    </message>
    <message>
        <source>车辆清洁（内外）</source>
        <translation>Car cleaned (inside and out)</translation>
    </message>
    <message>
        <source>外观：漆面、玻璃、轮毂完好</source>
        <translation>Exterior: paint, glass and wheels intact</translation>
    </message>
    <message>
        <source>内饰：座椅、地毯、顶棚整洁无损</source>
        <translation>Interior: seats, carpets, headliner clean and intact</translation>
    </message>
    <message>
        <source>随车文件：合格证、发票、一致性证书</source>
        <translation>Documents: certificate of conformity, invoice, CoC</translation>
    </message>
    <message>
        <source>钥匙：数量与遥控功能</source>
        <translation>Keys: number and remote function</translation>
    </message>
    <message>
        <source>随车工具：千斤顶、三角警示牌、拖车钩</source>
        <translation>Tools: jack, warning triangle, tow hook</translation>
    </message>
    <message>
        <source>灯光操作</source>
        <translation>Lights</translation>
    </message>
    <message>
        <source>雨刮与洗涤</source>
        <translation>Wipers and washers</translation>
    </message>
    <message>
        <source>多媒体与导航</source>
        <translation>Multimedia and navigation</translation>
    </message>
    <message>
        <source>驾驶辅助功能</source>
        <translation>Driver assistance</translation>
    </message>
    <message>
        <source>充电方法与充电设备</source>
        <translation>How to charge, and the charging equipment</translation>
    </message>
    <message>
        <source>保养周期（首保时间与里程）</source>
        <translation>Service schedule (first service: when and at what km)</translation>
    </message>
    <message>
        <source>质保条款</source>
        <translation>Warranty terms</translation>
    </message>
    <message>
        <source>售后服务流程与预约方式</source>
        <translation>After-sales process and how to book</translation>
    </message>
    <message>
        <source>紧急联系方式（救援电话、顾问电话）</source>
        <translation>Emergency contacts (roadside assistance, consultant)</translation>
    </message>
    <message>
        <source>用户手册</source>
        <translation>Owner&apos;s manual</translation>
    </message>
    <message>
        <source>保修手册</source>
        <translation>Warranty booklet</translation>
    </message>
    <message>
        <source>随车工具</source>
        <translation>Tool kit</translation>
    </message>
    <message>
        <source>车钥匙</source>
        <translation>Car keys</translation>
    </message>
    <message>
        <source>销售忠诚</source>
        <translation>Sales-loyal</translation>
    </message>
    <message>
        <source>售后忠诚</source>
        <translation>After-sales-loyal</translation>
    </message>
    <message>
        <source>已签约</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>已配车</source>
        <translation>Car allocated</translation>
    </message>
    <message>
        <source>已交车</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>未开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>办理中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>保险</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>上牌</source>
        <translation>Plates</translation>
    </message>
    <message>
        <source>贷款</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>精品加装</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <source>购买竞品</source>
        <translation>Bought a competitor</translation>
    </message>
    <message>
        <source>品牌与车型</source>
        <translation>the brand and model</translation>
    </message>
    <message>
        <source>价格因素</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>贷款未获批</source>
        <translation>Loan refused</translation>
    </message>
    <message>
        <source>无限期推迟购车</source>
        <translation>Postponed indefinitely</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>请说明原因</source>
        <translation>the reason</translation>
    </message>
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
        <source>售后接车</source>
        <translation>Service check-in</translation>
    </message>
    <message>
        <source>表格导入</source>
        <translation>Spreadsheet import</translation>
    </message>
    <message>
        <source>进行中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>成交</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>战败</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>延期</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>H 级（7 天内购车）</source>
        <translation>H (buys within 7 days)</translation>
    </message>
    <message>
        <source>A 级（15 天内购车）</source>
        <translation>A (buys within 15 days)</translation>
    </message>
    <message>
        <source>B 级（30 天内购车）</source>
        <translation>B (buys within 30 days)</translation>
    </message>
    <message>
        <source>C 级（3 个月内购车）</source>
        <translation>C (buys within 3 months)</translation>
    </message>
    <message>
        <source>N 级（尚未判断）</source>
        <translation>N (not judged yet)</translation>
    </message>
    <message>
        <source>O 级（已订车）</source>
        <translation>O (ordered)</translation>
    </message>
    <message>
        <source>F 级（战败）</source>
        <translation>F (lost)</translation>
    </message>
</context>
<context>
    <name>SalesTab</name>
    <message>
        <source>订单编号</source>
        <translation>Order no.</translation>
    </message>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>签约日期</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>预计交车</source>
        <translation>Delivery due</translation>
    </message>
    <message>
        <source>顾问</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>新建订单</source>
        <translation>New order</translation>
    </message>
    <message>
        <source>战败登记</source>
        <translation>Record lost prospect</translation>
    </message>
    <message>
        <source>全部订单</source>
        <translation>All orders</translation>
    </message>
    <message>
        <source>订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>忠诚客户</source>
        <translation>Loyal customer</translation>
    </message>
    <message>
        <source>订单 %1 已签订。</source>
        <translation>Order %1 signed.</translation>
    </message>
    <message>
        <source>已登记 %1 战败：%2</source>
        <translation>%1 recorded as lost: %2</translation>
    </message>
    <message>
        <source>交车清单已保存：%1</source>
        <translation>Delivery checklist saved: %1</translation>
    </message>
</context>
<context>
    <name>SegmentColumns</name>
    <message>
        <source>客户</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>District</translation>
    </message>
    <message>
        <source>价值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>RFM分层</source>
        <translation>RFM tier</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>最近到店</source>
        <translation>Last visit</translation>
    </message>
</context>
<context>
    <name>SegmentTab</name>
    <message>
        <source>载入</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>删除已保存</source>
        <translation>Delete saved</translation>
    </message>
    <message>
        <source>添加条件</source>
        <translation>Add condition</translation>
    </message>
    <message>
        <source>例如：性别=女 且 品牌=大众 且 购车年份&gt;=2021</source>
        <translation>e.g. gender=female and age&gt;=30 and purchase_year&gt;=2021</translation>
    </message>
    <message>
        <source>筛选名称</source>
        <translation>Filter name</translation>
    </message>
    <message>
        <source>保存筛选</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>创建活动邀约…</source>
        <translation>Create campaign invitations…</translation>
    </message>
    <message>
        <source>已保存的筛选</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>这个筛选含括号、“非”或“属于”，请在文字框中修改。</source>
        <translation>This filter has brackets, “not” or “in”: edit it in the text box.</translation>
    </message>
    <message numerus="yes">
        <source>符合条件：%n 位客户</source>
        <translation>
            <numerusform>%n customer matches</numerusform>
            <numerusform>%n customers match</numerusform>
        </translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>未知</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>潜在客户</source>
        <translation>Prospect</translation>
    </message>
    <message>
        <source>成交客户</source>
        <translation>Deal customer</translation>
    </message>
    <message>
        <source>战败客户</source>
        <translation>Lost prospect</translation>
    </message>
    <message>
        <source>私家车主</source>
        <translation>Private owner</translation>
    </message>
    <message>
        <source>企业车队</source>
        <translation>Fleet</translation>
    </message>
    <message>
        <source>二手车商</source>
        <translation>Used-car dealer</translation>
    </message>
    <message>
        <source>营销</source>
        <translation>Marketing</translation>
    </message>
    <message>
        <source>节日问候</source>
        <translation>Holiday greeting</translation>
    </message>
    <message>
        <source>服务提醒</source>
        <translation>Service reminders</translation>
    </message>
    <message>
        <source>销售忠诚</source>
        <translation>Sales-loyal</translation>
    </message>
    <message>
        <source>售后忠诚</source>
        <translation>After-sales-loyal</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>区域</source>
        <translation>District</translation>
    </message>
    <message>
        <source>职业</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>客户类别</source>
        <translation>Customer kind</translation>
    </message>
    <message>
        <source>车主类型</source>
        <translation>Owner type</translation>
    </message>
    <message>
        <source>忠诚度</source>
        <translation>Loyalty</translation>
    </message>
    <message>
        <source>最近到店</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <source>未到店天数</source>
        <translation>Days since last visit</translation>
    </message>
    <message>
        <source>RFM分层</source>
        <translation>RFM tier</translation>
    </message>
    <message>
        <source>价值等级</source>
        <translation>Value level</translation>
    </message>
    <message>
        <source>高价值客户</source>
        <translation>High-value customer</translation>
    </message>
    <message>
        <source>年消费</source>
        <translation>Spend this year</translation>
    </message>
    <message>
        <source>同意接收</source>
        <translation>Accepts</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>车型</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>新能源</source>
        <translation>New energy</translation>
    </message>
    <message>
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>购车年份</source>
        <translation>Purchase year</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>保修到期</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance ends</translation>
    </message>
    <message>
        <source>年检到期</source>
        <translation>Inspection due</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <source>轮胎检查</source>
        <translation>Tyre check</translation>
    </message>
    <message>
        <source>制动系统检查</source>
        <translation>Brake check</translation>
    </message>
    <message>
        <source>机油检查</source>
        <translation>Oil check</translation>
    </message>
    <message>
        <source>四轮定位检查</source>
        <translation>Wheel alignment check</translation>
    </message>
    <message>
        <source>蓄电池检查</source>
        <translation>Battery check</translation>
    </message>
    <message>
        <source>轮胎老化检查</source>
        <translation>Tyre ageing check</translation>
    </message>
    <message>
        <source>油液检查</source>
        <translation>Fluids check</translation>
    </message>
    <message>
        <source>已接车</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>In the workshop</translation>
    </message>
    <message>
        <source>质检中</source>
        <translation>Quality check</translation>
    </message>
    <message>
        <source>待交车</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>已交车</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>首保</source>
        <translation>First service</translation>
    </message>
    <message>
        <source>二保</source>
        <translation>Second service</translation>
    </message>
    <message>
        <source>三保</source>
        <translation>Third service</translation>
    </message>
    <message>
        <source>定保</source>
        <translation>Regular service</translation>
    </message>
</context>
<context>
    <name>ServiceModels</name>
    <message>
        <source>已同意</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>待客户同意</source>
        <translation>Awaiting consent</translation>
    </message>
    <message>
        <source>客户不做</source>
        <translation>Declined by customer</translation>
    </message>
    <message>
        <source>（建议）</source>
        <translation> (suggested)</translation>
    </message>
    <message>
        <source>维修项目</source>
        <translation>Work item</translation>
    </message>
    <message>
        <source>工时费</source>
        <translation>Labour</translation>
    </message>
    <message>
        <source>材料费</source>
        <translation>Parts</translation>
    </message>
    <message>
        <source>小计</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>里程(km)</source>
        <translation>Odometer (km)</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Work</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>ServiceSection</name>
    <message>
        <source>售后进厂与保养到期</source>
        <translation>Service visits and maintenance due</translation>
    </message>
    <message>
        <source>当日进厂</source>
        <translation>Cars in that day</translation>
    </message>
    <message>
        <source>未来 %1 天到期保养</source>
        <translation>Maintenance due in %1 days</translation>
    </message>
    <message>
        <source>当日交车 %1&#x3000;近 %2 天进厂 %3</source>
        <translation>Handed over that day %1   Cars in, last %2 days %3</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>门店</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>销售与意向级别</source>
        <translation>Sales and intent levels</translation>
    </message>
    <message>
        <source>展厅接待</source>
        <translation>Showroom</translation>
    </message>
    <message>
        <source>交车</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>忠诚客户</source>
        <translation>Loyal customer</translation>
    </message>
    <message>
        <source>客户价值与 RFM</source>
        <translation>Customer value and RFM</translation>
    </message>
    <message>
        <source>回访提醒</source>
        <translation>Follow-up reminders</translation>
    </message>
    <message>
        <source>售后与保养</source>
        <translation>After-sales and maintenance</translation>
    </message>
    <message>
        <source>售后预约</source>
        <translation>Service appointments</translation>
    </message>
    <message>
        <source>客户投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>登录与密码</source>
        <translation>Sign-in and passwords</translation>
    </message>
    <message>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>经营看板</source>
        <translation>Managers&apos; board</translation>
    </message>
    <message>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>天</source>
        <translation>days</translation>
    </message>
    <message>
        <source>周</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <source>年</source>
        <translation>years</translation>
    </message>
    <message>
        <source>公里</source>
        <translation>km</translation>
    </message>
    <message>
        <source>公里/天</source>
        <translation>km/day</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>次</source>
        <translation>times</translation>
    </message>
    <message>
        <source>人</source>
        <translation>people</translation>
    </message>
    <message>
        <source>条</source>
        <translation>results</translation>
    </message>
    <message>
        <source>位</source>
        <translation>characters</translation>
    </message>
    <message>
        <source>点</source>
        <translation>o&apos;clock</translation>
    </message>
    <message>
        <source>倍</source>
        <translation>times</translation>
    </message>
    <message>
        <source>（0–1）</source>
        <translation>(0–1)</translation>
    </message>
    <message>
        <source>辆</source>
        <translation>cars</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>门店名称</source>
        <translation>Store name</translation>
    </message>
    <message>
        <source>门店地址</source>
        <translation>Store address</translation>
    </message>
    <message>
        <source>门店电话</source>
        <translation>Store phone</translation>
    </message>
    <message>
        <source>营业开始时间（时:分）</source>
        <translation>Opens at (HH:MM)</translation>
    </message>
    <message>
        <source>营业结束时间（时:分）</source>
        <translation>Closes at (HH:MM)</translation>
    </message>
    <message>
        <source>门店额外休息日</source>
        <translation>Store&apos;s extra closed days</translation>
    </message>
    <message>
        <source>门店额外营业日</source>
        <translation>Store&apos;s extra working days</translation>
    </message>
    <message>
        <source>意向级别及跟进节奏</source>
        <translation>Intent levels and follow-up pacing</translation>
    </message>
    <message>
        <source>销售订单编号前缀</source>
        <translation>Sales order number prefix</translation>
    </message>
    <message>
        <source>增值服务项目</source>
        <translation>Value-added services</translation>
    </message>
    <message>
        <source>战败原因</source>
        <translation>Reason lost</translation>
    </message>
    <message>
        <source>当晚回访时间</source>
        <translation>Same-evening callback time</translation>
    </message>
    <message>
        <source>PDI 检查项目</source>
        <translation>PDI checks</translation>
    </message>
    <message>
        <source>交车检查项目</source>
        <translation>Handover checks</translation>
    </message>
    <message>
        <source>交车讲解项目</source>
        <translation>Handover explanations</translation>
    </message>
    <message>
        <source>随车物品</source>
        <translation>Delivery kit</translation>
    </message>
    <message>
        <source>整车质保年限（车型未设时）</source>
        <translation>Warranty years (when the model sets none)</translation>
    </message>
    <message>
        <source>整车质保里程（车型未设时）</source>
        <translation>Warranty km (when the model sets none)</translation>
    </message>
    <message>
        <source>新车保险期限</source>
        <translation>New-car insurance term</translation>
    </message>
    <message>
        <source>销售忠诚：本店购车客户的转介绍数</source>
        <translation>Sales-loyal: referrals by a customer who bought here</translation>
    </message>
    <message>
        <source>销售忠诚：未购车客户的转介绍数</source>
        <translation>Sales-loyal: referrals by a customer who did not buy</translation>
    </message>
    <message>
        <source>售后忠诚：一年内付费进厂次数</source>
        <translation>After-sales-loyal: paid visits within a year</translation>
    </message>
    <message>
        <source>售后忠诚：一年内消费金额</source>
        <translation>After-sales-loyal: spend within a year</translation>
    </message>
    <message>
        <source>忠诚客户统计周期</source>
        <translation>Loyalty counting period</translation>
    </message>
    <message>
        <source>RFM 统计周期（频次与金额）</source>
        <translation>RFM period (frequency and spend)</translation>
    </message>
    <message>
        <source>RFM 分档方式（threshold 按门槛，quantile 按五分位）</source>
        <translation>RFM scoring (threshold: by the cuts; quantile: by fifths)</translation>
    </message>
    <message>
        <source>R 近度门槛：距上次消费不超过（5 分至 2 分）</source>
        <translation>R recency cuts: days since last spend at most (scores 5 to 2)</translation>
    </message>
    <message>
        <source>F 频次门槛：周期内消费次数达到（2 分至 5 分）</source>
        <translation>F frequency cuts: purchases and paid visits in the period (scores 2 to 5)</translation>
    </message>
    <message>
        <source>M 金额门槛：周期内消费金额达到（2 分至 5 分）</source>
        <translation>M spend cuts: spend in the period (scores 2 to 5)</translation>
    </message>
    <message>
        <source>高价值客户：一年内消费金额（企业车队均为高价值）</source>
        <translation>High value: spend within a year (fleets are always high value)</translation>
    </message>
    <message>
        <source>中价值客户：一年内消费金额</source>
        <translation>Medium value: spend within a year</translation>
    </message>
    <message>
        <source>客户价值上次计算时间</source>
        <translation>Customer value last computed</translation>
    </message>
    <message>
        <source>上次全量计算得到的五分位门槛</source>
        <translation>Quintile cuts of the last full run</translation>
    </message>
    <message>
        <source>提醒规则</source>
        <translation>Reminder rules</translation>
    </message>
    <message>
        <source>回访日历 → 提醒规则</source>
        <translation>Follow-up calendar → Reminder rules</translation>
    </message>
    <message>
        <source>提前生成提醒的天数</source>
        <translation>Days of reminders made ahead</translation>
    </message>
    <message>
        <source>顾问关怀：购车后第几天</source>
        <translation>Consultant care calls: days after purchase</translation>
    </message>
    <message>
        <source>不回厂提醒</source>
        <translation>Dormant customer reminders</translation>
    </message>
    <message>
        <source>节日问候的节日</source>
        <translation>Holidays with greetings</translation>
    </message>
    <message>
        <source>未接通后再次联系</source>
        <translation>Try again after no answer</translation>
    </message>
    <message>
        <source>首次生成时回看的天数</source>
        <translation>Days looked back on the first run</translation>
    </message>
    <message>
        <source>季节提醒：最近多少个月内到过店的车辆</source>
        <translation>Seasonal checks: cars that came in within the last (months)</translation>
    </message>
    <message>
        <source>季节提醒已生成的季节</source>
        <translation>Seasons whose checks were made</translation>
    </message>
    <message>
        <source>提醒上次生成时间</source>
        <translation>Reminders last made at</translation>
    </message>
    <message>
        <source>提醒已生成到的日期</source>
        <translation>Reminders made up to</translation>
    </message>
    <message>
        <source>提醒上次查看数据变动的时间</source>
        <translation>Reminders last looked for changes at</translation>
    </message>
    <message>
        <source>首保里程（车型未设时，自交车起）</source>
        <translation>First service km (when the model sets none, from delivery)</translation>
    </message>
    <message>
        <source>首保时间（车型未设时，自交车起）</source>
        <translation>First service months (when the model sets none, from delivery)</translation>
    </message>
    <message>
        <source>定保间隔里程（车型未设时）</source>
        <translation>Service interval km (when the model sets none)</translation>
    </message>
    <message>
        <source>定保间隔时间（车型未设时）</source>
        <translation>Service interval months (when the model sets none)</translation>
    </message>
    <message>
        <source>长途行驶提示：日均里程超过平时的倍数</source>
        <translation>Long-trip hint: daily km above usual, times</translation>
    </message>
    <message>
        <source>里程异常：每天超过此数需确认</source>
        <translation>Odometer jump: confirm above this per day</translation>
    </message>
    <message>
        <source>长期停放提示：距上次到店</source>
        <translation>Long-idle hint: since the last visit</translation>
    </message>
    <message>
        <source>月底应到未到：当月前多少天内到过店视为已到</source>
        <translation>Due list: a visit this many days before the month counts as come</translation>
    </message>
    <message>
        <source>维修委托书编号前缀</source>
        <translation>Repair order number prefix</translation>
    </message>
    <message>
        <source>预约时段长度</source>
        <translation>Booking slot length</translation>
    </message>
    <message>
        <source>预约默认预计时长</source>
        <translation>Default expected duration of a booking</translation>
    </message>
    <message>
        <source>顾问接车开始时间（时:分）</source>
        <translation>Advisors start receiving cars (HH:MM)</translation>
    </message>
    <message>
        <source>顾问下班时间，预约工作须在此前完成（时:分）</source>
        <translation>Advisors&apos; day ends; booked work must be done by then (HH:MM)</translation>
    </message>
    <message>
        <source>午休开始（时:分）</source>
        <translation>Lunch break starts (HH:MM)</translation>
    </message>
    <message>
        <source>午休结束（时:分）</source>
        <translation>Lunch break ends (HH:MM)</translation>
    </message>
    <message>
        <source>每个时段最多接车（工位）</source>
        <translation>Cars received per slot at most (bays)</translation>
    </message>
    <message>
        <source>每位顾问每个时段最多接车</source>
        <translation>Cars one advisor receives per slot at most</translation>
    </message>
    <message>
        <source>每天可预约的技师工时</source>
        <translation>Technician hours bookable a day</translation>
    </message>
    <message>
        <source>迟到多久算未按时到店</source>
        <translation>Late by more than this: not on time</translation>
    </message>
    <message>
        <source>预约照片大小上限</source>
        <translation>Largest booking photo</translation>
    </message>
    <message>
        <source>确认预约时提醒客户携带</source>
        <translation>What to bring, said when confirming</translation>
    </message>
    <message>
        <source>投诉响应时限</source>
        <translation>Complaint response deadline</translation>
    </message>
    <message>
        <source>投诉初步方案时限</source>
        <translation>Complaint first proposal deadline</translation>
    </message>
    <message>
        <source>投诉最终方案时限</source>
        <translation>Complaint final proposal deadline</translation>
    </message>
    <message>
        <source>再次方案时限（最终方案不满意或重开后）</source>
        <translation>Next proposal deadline (final proposal refused or case reopened)</translation>
    </message>
    <message>
        <source>投诉时限只计营业时间</source>
        <translation>Complaint deadlines count business hours only</translation>
    </message>
    <message>
        <source>剩余时间少于该比例时黄色提醒</source>
        <translation>Amber when less than this share of time remains</translation>
    </message>
    <message>
        <source>投诉单号前缀</source>
        <translation>Complaint case number prefix</translation>
    </message>
    <message>
        <source>投诉类别</source>
        <translation>Complaint classes</translation>
    </message>
    <message>
        <source>各类别投诉原因</source>
        <translation>Complaint causes per class</translation>
    </message>
    <message>
        <source>严重程度</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>责任部门</source>
        <translation>Department responsible</translation>
    </message>
    <message>
        <source>自动备份间隔</source>
        <translation>Automatic backup every</translation>
    </message>
    <message>
        <source>两次备份最短间隔</source>
        <translation>Shortest time between backups</translation>
    </message>
    <message>
        <source>保留每日备份</source>
        <translation>Keep daily backups</translation>
    </message>
    <message>
        <source>保留每周备份</source>
        <translation>Keep weekly backups</translation>
    </message>
    <message>
        <source>保留每月备份</source>
        <translation>Keep monthly backups</translation>
    </message>
    <message>
        <source>连续登录失败几次后锁定</source>
        <translation>Lock after this many failed sign-ins</translation>
    </message>
    <message>
        <source>锁定时长</source>
        <translation>Lock-out time</translation>
    </message>
    <message>
        <source>密码最短长度</source>
        <translation>Shortest password</translation>
    </message>
    <message>
        <source>搜索结果条数</source>
        <translation>Search results shown</translation>
    </message>
    <message>
        <source>经营看板统计天数</source>
        <translation>Board: days counted</translation>
    </message>
    <message>
        <source>经营看板：未来几天内到期保养</source>
        <translation>Board: maintenance due within</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>代码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>几天内购车</source>
        <translation>Buys within (days)</translation>
    </message>
    <message>
        <source>每隔几天跟进</source>
        <translation>Follow up every (days)</translation>
    </message>
    <message>
        <source>须填写说明</source>
        <translation>Needs a note</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>每行一项</source>
        <translation>One item per line</translation>
    </message>
    <message>
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <source>删除所选行</source>
        <translation>Delete the selected row</translation>
    </message>
    <message>
        <source>在“%1”中修改</source>
        <translation>Edited in “%1”</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>默认：%1</source>
        <translation>Default: %1</translation>
    </message>
    <message>
        <source>系统设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>员工登录</source>
        <translation>Staff sign-in</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>查看完整手机号和证件号</source>
        <translation>See full phone and ID numbers</translation>
    </message>
    <message>
        <source>导出客户名单</source>
        <translation>Export customer lists</translation>
    </message>
    <message>
        <source>导入客户名单</source>
        <translation>Import customer lists</translation>
    </message>
    <message>
        <source>修改系统设置</source>
        <translation>Change settings</translation>
    </message>
    <message>
        <source>重新打开已归档投诉</source>
        <translation>Reopen archived complaints</translation>
    </message>
    <message>
        <source>管理员工账号</source>
        <translation>Manage staff accounts</translation>
    </message>
    <message>
        <source>查看操作日志</source>
        <translation>See the audit log</translation>
    </message>
    <message>
        <source>备份和恢复数据库</source>
        <translation>Back up and restore the database</translation>
    </message>
    <message>
        <source>开立和处理维修委托书</source>
        <translation>Open and work repair orders</translation>
    </message>
    <message>
        <source>替其他顾问列重点客户</source>
        <translation>List key customers for other consultants</translation>
    </message>
    <message>
        <source>查看经营看板和日报</source>
        <translation>View the managers&apos; board and daily reports</translation>
    </message>
    <message>
        <source>指定高价值客户的专属顾问</source>
        <translation>Assign high-value customers&apos; advisors</translation>
    </message>
    <message>
        <source>创建活动邀约名单</source>
        <translation>Create event invitation lists</translation>
    </message>
    <message>
        <source>登记和调整售后预约</source>
        <translation>Book and change service appointments</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>员工账号</source>
        <translation>Staff accounts</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>添加员工</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>修改员工</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>用户名（登录用，英文字母）</source>
        <translation>Username (for signing in, Latin letters)</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>再输一次</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>上次登录</source>
        <translation>Last signed in</translation>
    </message>
    <message>
        <source>添加员工…</source>
        <translation>Add staff member…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>重置密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Enabled</translation>
    </message>
</context>
<context>
    <name>StaffRoles</name>
    <message>
        <source>店长</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <source>销售总监</source>
        <translation>Sales director</translation>
    </message>
    <message>
        <source>销售顾问</source>
        <translation>Sales consultant</translation>
    </message>
    <message>
        <source>前台接待</source>
        <translation>Receptionist</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>客服专员</source>
        <translation>Customer service</translation>
    </message>
    <message>
        <source>预约专员</source>
        <translation>Appointment officer</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <source>这个文件是空的（0 字节）：%1</source>
        <translation>This file is empty (0 bytes): %1</translation>
    </message>
    <message>
        <source>找不到这个数据库文件：%1</source>
        <translation>This database file does not exist: %1</translation>
    </message>
    <message>
        <source>要在这里新建一个门店数据库吗？如果这里原来有数据，请选“否”，再从备份恢复。</source>
        <translation>Create a new store database here? If there was data here, choose No and restore it from a backup.</translation>
    </message>
    <message>
        <source>新建数据库</source>
        <translation>New database</translation>
    </message>
</context>
<context>
    <name>StoreProfileDialog</name>
    <message>
        <source>门店信息</source>
        <translation>Store profile</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StoreProfileForm</name>
    <message>
        <source>门店名称</source>
        <translation>Store name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>标志（打印在每份 PDF 上）</source>
        <translation>Logo (printed on every PDF)</translation>
    </message>
    <message>
        <source>营业时间</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>额外休息日</source>
        <translation>Extra closed days</translation>
    </message>
    <message>
        <source>额外营业日（调休上班）</source>
        <translation>Extra working days (make-up days)</translation>
    </message>
    <message>
        <source>选择图片…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>用默认标志</source>
        <translation>Use the default logo</translation>
    </message>
    <message>
        <source>选择门店标志</source>
        <translation>Choose the store logo</translation>
    </message>
    <message>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>TaskTable</name>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>到店</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>已联系</source>
        <translation>Contacted</translation>
    </message>
    <message>
        <source>未接通</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>已改期</source>
        <translation>Rescheduled</translation>
    </message>
    <message>
        <source>已完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>已跳过</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>到期</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
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
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>渠道</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>次数</source>
        <translation>Attempt</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>结果备注</source>
        <translation>Outcome notes</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>展厅到店</source>
        <translation>Showroom visit</translation>
    </message>
    <message>
        <source>订单</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>交车</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>维修保养</source>
        <translation>Service visit</translation>
    </message>
    <message>
        <source>客户未做项目</source>
        <translation>Work declined</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>重点客户</source>
        <translation>Key customers</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Staff</translation>
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
    <name>TrafficSection</name>
    <message>
        <source>展厅客流与成交</source>
        <translation>Showroom traffic and orders</translation>
    </message>
    <message>
        <source>当日接待</source>
        <translation>Walk-ins that day</translation>
    </message>
    <message>
        <source>当日成交</source>
        <translation>Orders that day</translation>
    </message>
    <message>
        <source>成交率 %1</source>
        <translation>Conversion %1</translation>
    </message>
    <message>
        <source>%1 接待</source>
        <translation>Walk-ins of %1</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>高价值</source>
        <translation>High value</translation>
    </message>
    <message>
        <source>中价值</source>
        <translation>Medium value</translation>
    </message>
    <message>
        <source>低价值</source>
        <translation>Low value</translation>
    </message>
    <message>
        <source>重要价值客户</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>重要发展客户</source>
        <translation>Big spenders to grow</translation>
    </message>
    <message>
        <source>重要保持客户</source>
        <translation>Big spenders to keep</translation>
    </message>
    <message>
        <source>重要挽留客户</source>
        <translation>Big spenders to win back</translation>
    </message>
    <message>
        <source>一般价值客户</source>
        <translation>Loyal small spenders</translation>
    </message>
    <message>
        <source>一般发展客户</source>
        <translation>Promising newcomers</translation>
    </message>
    <message>
        <source>一般保持客户</source>
        <translation>Regulars slipping away</translation>
    </message>
    <message>
        <source>一般挽留客户</source>
        <translation>Lost small spenders</translation>
    </message>
    <message>
        <source>无消费记录</source>
        <translation>No purchases yet</translation>
    </message>
</context>
<context>
    <name>ValueBadge</name>
    <message>
        <source>高价值</source>
        <translation>High value</translation>
    </message>
    <message>
        <source>专属顾问：%1</source>
        <translation>Dedicated advisor: %1</translation>
    </message>
</context>
<context>
    <name>ValueRefresher</name>
    <message>
        <source>客户价值未能更新：%1</source>
        <translation>Customer value not updated: %1</translation>
    </message>
</context>
<context>
    <name>ValueSection</name>
    <message>
        <source>客户价值与忠诚</source>
        <translation>Customer value and loyalty</translation>
    </message>
    <message>
        <source>销售忠诚客户 %1&#x3000;售后忠诚客户 %2</source>
        <translation>Sales-loyal %1   After-sales-loyal %2</translation>
    </message>
</context>
<context>
    <name>VehicleCardView</name>
    <message>
        <source>车辆档案</source>
        <translation>Vehicle record</translation>
    </message>
    <message>
        <source>优先服务</source>
        <translation>Service first</translation>
    </message>
    <message>
        <source>车主全景</source>
        <translation>Owner 360°</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>车主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>购车/交车</source>
        <translation>Bought/delivered</translation>
    </message>
    <message>
        <source>质保到期</source>
        <translation>Warranty ends</translation>
    </message>
    <message>
        <source>保险到期</source>
        <translation>Insurance ends</translation>
    </message>
    <message>
        <source>未结投诉</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>里程</source>
        <translation>Odometer</translation>
    </message>
    <message>
        <source>下次保养</source>
        <translation>Next service</translation>
    </message>
    <message>
        <source>待办提醒</source>
        <translation>Open reminders</translation>
    </message>
    <message>
        <source>曾未做项目</source>
        <translation>Work declined before</translation>
    </message>
    <message>
        <source>维修保养记录</source>
        <translation>Service history</translation>
    </message>
    <message>
        <source>里程记录</source>
        <translation>Odometer readings</translation>
    </message>
    <message>
        <source>（拒绝营销，仅限服务提醒）</source>
        <translation>(no marketing: service reminders only)</translation>
    </message>
    <message>
        <source>日均 %1 km</source>
        <translation>%1 km a day</translation>
    </message>
    <message>
        <source>上次 %1，%2</source>
        <translation>Last %1, %2</translation>
    </message>
</context>
<context>
    <name>VehicleLookup</name>
    <message>
        <source>车牌、车架号（或后六位）、手机号（或后四位）、姓名</source>
        <translation>Plate, VIN (or last six), mobile (or last four), name</translation>
    </message>
    <message>
        <source>登记新车</source>
        <translation>Register car</translation>
    </message>
    <message>
        <source>没有找到车辆，可点“登记新车”。</source>
        <translation>No car found: click “Register car”.</translation>
    </message>
    <message numerus="yes">
        <source>找到 %n 辆车</source>
        <translation>
            <numerusform>Found %n car</numerusform>
            <numerusform>Found %n cars</numerusform>
        </translation>
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
        <source>回车登记到店，Shift+回车换行</source>
        <translation>Enter registers the arrival, Shift+Enter starts a new line</translation>
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
    <name>WhenPicker</name>
    <message>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <source>自动安排（空闲且当天预约最少的顾问）</source>
        <translation>Automatic (the free advisor with fewest bookings)</translation>
    </message>
    <message>
        <source>改用此时间</source>
        <translation>Take this time</translation>
    </message>
    <message>
        <source>预约时间</source>
        <translation>When</translation>
    </message>
    <message>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <source>（非工作日）</source>
        <translation>(not a working day)</translation>
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
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
</context>
<context>
    <name>pdf_output</name>
    <message>
        <source>没有可以打开 PDF 的程序，无法用系统程序预览或打印。文件已保存在：%1</source>
        <translation>No program here can open a PDF, so the system cannot preview or print it. The file is saved at: %1</translation>
    </message>
    <message>
        <source>无法用系统程序打开 PDF：%2。文件已保存在：%1</source>
        <translation>The system cannot open the PDF: %2. The file is saved at: %1</translation>
    </message>
    <message>
        <source>本机没有 xdg-open（请安装 xdg-utils 和 PDF 阅读器）</source>
        <translation>this computer has no xdg-open (install xdg-utils and a PDF reader)</translation>
    </message>
    <message>
        <source>命令行错误</source>
        <translation>command line error</translation>
    </message>
    <message>
        <source>文件不存在</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>找不到打开 PDF 的程序</source>
        <translation>no program found to open a PDF</translation>
    </message>
    <message>
        <source>打开失败</source>
        <translation>opening failed</translation>
    </message>
    <message>
        <source>xdg-open 出错</source>
        <translation>xdg-open failed</translation>
    </message>
</context>
<context>
    <name>pdf_preview</name>
    <message>
        <source>无法在本程序内预览（%1）。可以用“系统程序打开”，文件已保存在：%2</source>
        <translation>Cannot preview it in DealerDesk (%1). Try “Open in system viewer”; the file is saved at: %2</translation>
    </message>
    <message>
        <source>打印预览 - %1</source>
        <translation>Print preview - %1</translation>
    </message>
</context>
</TS>
