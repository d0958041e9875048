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
        <source>快捷键：在列表中按 1-5 记录结果，M 复制消息，C 打开客户档案</source>
        <translation>Shortcuts: in the list press 1-5 to record the outcome, M to copy the message, C to open the customer record</translation>
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
    <name>CalendarTab</name>
    <message>
        <source>今天 (T)</source>
        <translation>Today (T)</translation>
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
        <source>已记录：%1 %2</source>
        <translation>Recorded: %1 %2</translation>
    </message>
    <message>
        <source>；下次联系 %1</source>
        <translation>; next contact %1</translation>
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
        <translation>Open complaint</translation>
    </message>
    <message>
        <source>未指定</source>
        <translation>Not assigned</translation>
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
        <translation>Follow-up tasks</translation>
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
        <translation>Planned delivery</translation>
    </message>
    <message>
        <source>增值服务</source>
        <translation>Value-added services</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
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
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
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
        <source>保存维修委托书</source>
        <translation>Save repair order</translation>
    </message>
    <message>
        <source>维修委托书已保存到：%1</source>
        <translation>Repair order saved to: %1</translation>
    </message>
</context>
<context>
    <name>ProfileColumn</name>
    <message>
        <source>客户资料</source>
        <translation>Customer details</translation>
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
        <translation>Driving for</translation>
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
        <translation>Days since previous</translation>
    </message>
    <message>
        <source>间隔里程</source>
        <translation>km since previous</translation>
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
        <translation>Planned delivery</translation>
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
        <source>维修委托书编号前缀</source>
        <translation>Repair order number prefix</translation>
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
        <source>没有可以打开 PDF 的程序，无法预览或打印。文件已保存在：%1</source>
        <translation>No program here can open a PDF, so it cannot be previewed or printed. The file is saved at: %1</translation>
    </message>
</context>
</TS>
