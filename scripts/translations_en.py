"""English for the UI's Chinese source strings: scripts/update_translations.py writes these
into resources/translations/dealerdesk_en.ts and compiles the .qm.

Keys are the exact source strings of tr()/translate() (placeholders %1, %2 … kept);
one English text per Chinese text, whatever the context. A plural string (tr with %n)
takes a pair: (singular, plural). Keep groups in file order.
"""

from __future__ import annotations

ENGLISH: dict[str, str | tuple[str, str]] = {
    # ui/main_window.py
    "DealerDesk 4S 店前台": "DealerDesk dealership front desk",
    "订单与交车": "Orders and delivery",
    "切换用户": "Switch user",
    "未登录": "Not signed in",
    "当前员工：%1": "Staff at the desk: %1",
    "管理": "Admin",
    "操作日志…": "Audit log…",
    "从备份恢复…": "Restore from backup…",
    "展厅接待": "Showroom",
    "回访日历": "Follow-up calendar",
    "售后接车": "Service check-in",
    "客户投诉": "Complaints",
    "即将推出": "Coming soon",
    "数据库：%1": "Database: %1",
    "当前员工：": "Staff at the desk: ",
    "（请选择）": "(choose)",
    # ui/crash.py
    "提示": "Notice",
    "程序出错": "Program error",
    "无法打开数据库": "Cannot open the database",
    "DealerDesk 遇到意外错误，已记录到日志。已保存的数据不受影响。": (
        "DealerDesk hit an unexpected error and wrote it to the log. "
        "Data already saved is not affected."
    ),
    # ui/backups.py
    "已自动备份：%1": "Automatic backup made: %1",
    # ui/app.py
    "这个文件是空的（0 字节）：%1": "This file is empty (0 bytes): %1",
    "找不到这个数据库文件：%1": "This database file does not exist: %1",
    "要在这里新建一个门店数据库吗？如果这里原来有数据，请选“否”，再从备份恢复。": (
        "Create a new store database here? If there was data here, choose No and "
        "restore it from a backup."
    ),
    "新建数据库": "New database",
    # ui/restore_dialog.py
    "选择要恢复的备份": "Choose the backup to restore",
    "数据库备份 (*.sqlite3);;所有文件 (*)": "Database backups (*.sqlite3);;All files (*)",
    "用备份 %1 替换当前数据库？当前数据库会另存一份，不会删除。"
    "恢复前请关闭其他工作站上的 DealerDesk；恢复后本窗口将关闭，请重新打开。": (
        "Replace the current database with the backup %1? The current database is kept "
        "aside, not deleted. Close DealerDesk on the other workstations first; this window "
        "closes after the restore, then open DealerDesk again."
    ),
    "从备份恢复": "Restore from backup",
    "已从备份恢复。原数据库已另存为：%1\n请重新打开 DealerDesk。": (
        "Restored from the backup. The previous database was kept as: %1\n"
        "Please open DealerDesk again."
    ),
    "恢复完成": "Restore complete",
    # ui/reception/tab.py
    "登记到店": "Register arrival",
    "清空": "Clear",
    "登记离店": "Register departure",
    "离店时间": "Departure time",
    "已登记到店（接待单号 %1）。": "Arrival registered (visit no. %1).",
    "可能重复的客户": "Possible duplicate customer",
    "不是同一人：新建客户“%1”": "Someone else: create the new customer “%1”",
    "是同一人：从列表中选择已有客户": "The same person: pick the existing customer from the list",
    "此手机号已有客户": "This phone number is already on file",
    "手机号 %1 已登记在“%2”名下，您填写的是“%3”。这位客户是：": (
        "Phone %1 is on file for “%2”; you typed “%3”. This customer is:"
    ),
    "同一人：“%1”再次到店": "The same person: a return visit of “%1”",
    "家人或同事共用此手机：新建客户“%1”并关联": (
        "A family member or colleague sharing the phone: new customer “%1”, linked"
    ),
    "号码输错了：返回修改手机号": "A typo: go back and fix the number",
    "请改正手机号后再登记。": "Correct the phone number, then register.",
    "请先在右侧列表中选择一条接待记录。": "First select a visit in the list on the right.",
    "%1 已离店：已生成离店关怀短信和当晚回访任务。": (
        "%1 has left: the thank-you message and this evening's callback task were created."
    ),
    "%1 的离店时间已更新。": "Departure time of %1 updated.",
    # ui/reception/customer_card.py
    "客户档案": "Customer record",
    "新客户：填写下方信息后登记到店。": "New customer: fill in the form below, then register.",
    "无": "None",
    "意向级别：%1\u3000顾问：%2": "Intent level: %1   Consultant: %2",
    "未分配": "Unassigned",
    "车辆：%1\u3000待办回访：%2": "Vehicles: %1   Open follow-ups: %2",
    "尚无到店记录。": "No visits yet.",
    "到店记录：": "Visits:",
    "调整级别": "Set level",
    "意向级别已改为 %1。": "Intent level set to %1.",
    # ui/reception/lookup.py
    "输入手机号、姓名（或拼音首字母）、车牌查找客户": (
        "Type a mobile number, name (or pinyin initials) or plate to find a customer"
    ),
    "找到 %1 位客户，选择一位，或直接新建。": "%1 customers found: pick one, or create a new one.",
    "未找到，将按下方信息新建客户。": "Not found: a new customer will be created from the form.",
    "可能是同一人：请选择已有客户，或确认新建。": (
        "Possibly the same person: pick the existing customer, or confirm a new one."
    ),
    # ui/reception/traffic_bar.py
    "今日客流 %1 批（首次 %2，再次 %3）｜试驾 %4｜在店 %5｜成交 %6｜转化率 %7": (
        "Today %1 parties (first %2, return %3) | test drives %4 | in store %5"
        " | deals %6 | conversion %7"
    ),
    # ui/reception/visits_table.py
    "到店": "Arrived",
    "离店": "Left",
    "客户": "Customer",
    "手机": "Mobile",
    "人数": "Party",
    "首次/再次": "First/return",
    "首次": "First",
    "再次": "Return",
    "顾问": "Consultant",
    "意向车型": "Model of interest",
    "级别": "Level",
    "试驾": "Test drive",
    "是": "Yes",
    "来源": "Source",
    "全部顾问": "All consultants",
    "全部级别": "All levels",
    "日期": "Date",
    # ui/reception/walk_in_form.py
    "回车登记到店，Shift+回车换行": "Enter registers the arrival, Shift+Enter starts a new line",
    "自然到店": "Walk-in",
    "电话邀约": "Phone invitation",
    "网络线索": "Online lead",
    "老客户介绍": "Customer referral",
    "车展活动": "Auto show / event",
    "其他": "Other",
    "空间": "Space",
    "动力": "Power",
    "油耗/电耗": "Fuel/energy use",
    "安全": "Safety",
    "外观": "Looks",
    "价格": "Price",
    "（未填）": "(not given)",
    "家用": "Family",
    "商务": "Business",
    "豪华": "Luxury",
    "备注": "Notes",
    "11 位手机号": "11-digit mobile number",
    "姓名": "Name",
    "（未分配）": "(unassigned)",
    "到店时间": "Arrival time",
    "来店人数": "Party size",
    "销售顾问": "Sales consultant",
    "意向级别": "Intent level",
    "（未定）": "(undecided)",
    " 万": " ×10k CNY",
    "不限": "Any",
    "预算（下限—上限）": "Budget (from–to)",
    "用途": "Use",
    "关注点": "Priorities",
    "已试乘试驾": "Test drive taken",
    "试驾路线": "Test-drive route",
    "试驾反馈": "Test-drive feedback",
    # ui/sign_in.py
    "员工登录": "Staff sign-in",
    "登录": "Sign in",
    "创建店长账号": "Create the store manager account",
    "店长姓名": "Store manager's name",
    "用户名": "User name",
    "密码": "Password",
    "再输一次": "Repeat password",
    "这是新的数据库：请先创建店长账号，用它来添加其他员工。": (
        "This is a new database: first create the store manager account, "
        "then use it to add the other staff."
    ),
    "两次输入的密码不一致。": "The two passwords differ.",
    # ui/sales/
    "新建订单": "New order",
    "全部订单": "All orders",
    "订单 %1 已签订。": "Order %1 signed.",
    "已登记 %1 战败：%2": "%1 recorded as lost: %2",
    "交车清单已保存：%1": "Delivery checklist saved: %1",
    "订单编号": "Order no.",
    "签约日期": "Signed on",
    "新建销售订单": "New sales order",
    "签订订单": "Sign order",
    "全款": "Cash",
    "贷款": "Loan",
    " 个月": " months",
    "车型": "Model",
    "配置": "Trim",
    "颜色": "Colour",
    "成交价": "Deal price",
    "定金": "Deposit",
    "付款方式": "Payment",
    "贷款银行": "Lending bank",
    "贷款期限": "Loan term",
    "预计交车": "Planned delivery",
    "增值服务": "Value-added services",
    "订单": "Order",
    "17 位车架号": "17-character VIN",
    "配车": "Allocate car",
    "告知客户的进展（选填）": "Progress told to the customer (optional)",
    "更新进度": "Update progress",
    "取消订单": "Cancel order",
    "忠诚客户": "Loyal customer",
    "车架号": "VIN",
    "在左侧选择一个订单，或新建订单。": "Select an order on the left, or create a new one.",
    "暂无": "None yet",
    "贷款（%1，%2 个月）": "Loan (%1, %2 months)",
    "未选增值服务": "No value-added services",
    "战败登记": "Record lost prospect",
    "（请先查找并选择客户）": "(find and select the customer first)",
    "战败原因": "Reason lost",
    "说明": "Details",
    "（选填）": "(optional)",
    "请先查找并选择客户。": "First find and select the customer.",
    "交车": "Delivery",
    "开始交车（生成检查清单）": "Start delivery (make the checklist)",
    "车牌号（已上牌时填写）": "Plate (once registered)",
    "确认交车": "Confirm handover",
    "确认把 %1 的 %2 交给客户？交车后订单不能再修改。": (
        "Hand %1's %2 over to the customer? The order cannot be changed afterwards."
    ),
    "预览 / 打印": "Preview / print",
    "保存 PDF…": "Save PDF…",
    "交车里程": "Odometer at handover",
    "已于 %1 交车，交车里程 %2 km。": "Handed over on %1 at %2 km.",
    "尚未开始交车。": "Delivery not started yet.",
    "还有 %1 项未勾选。": "%1 items still unticked.",
    "保存交车清单": "Save delivery checklist",
    "PDF 文件 (*.pdf)": "PDF files (*.pdf)",
    "分类": "Category",
    "检查项目": "Check",
    "检查清单已完成，可以交车。": "Checklist complete: ready to hand over.",
    "还有 %1 项未勾选（或在备注中说明）。": "%1 items neither ticked nor explained in a remark.",
    "徽章": "Badges",
    "转介绍": "Referrals",
    "一年内付费进厂": "Paid visits in a year",
    "一年内消费（元）": "Spent in a year (yuan)",
    "全部忠诚客户": "All loyal customers",
    "销售忠诚": "Sales-loyal",
    "售后忠诚": "After-sales-loyal",
    "共 %1 位": "%1 in all",
    # ui/service/
    "车牌、车架号（或后六位）、手机号（或后四位）、姓名": (
        "Plate, VIN (or last six), mobile (or last four), name"
    ),
    "没有找到车辆，可点“登记新车”。": "No car found: click “Register car”.",
    "找到 %n 辆车": ("Found %n car", "Found %n cars"),
    "登记新车": "Register car",
    "（未选择）": "(none selected)",
    "车架号（VIN）": "VIN",
    "车牌号": "Plate",
    "车主姓名": "Owner's name",
    "车主手机": "Owner's mobile",
    "请确认": "Please confirm",
    "车辆档案": "Vehicle record",
    "车主": "Owner",
    "购车/交车": "Bought/delivered",
    "质保到期": "Warranty ends",
    "保险到期": "Insurance ends",
    "未结投诉": "Open complaints",
    "里程": "Odometer",
    "待办提醒": "Open reminders",
    "曾未做项目": "Work declined before",
    "维修保养记录": "Service history",
    "里程记录": "Odometer readings",
    "间隔天数": "Days apart",
    "间隔里程": "km apart",
    "日均(km)": "km a day",
    "正确里程（km）": "Correct reading (km)",
    "更正所选读数": "Correct the selected reading",
    "（拒绝营销，仅限服务提醒）": "(no marketing: service reminders only)",
    "日均 %1 km": "%1 km a day",
    "上次 %1，%2": "Last %1, %2",
    "里程表读数（km）": "Odometer reading (km)",
    "长途行驶？": "Long trip?",
    "更正原因（如：更换仪表、上次录入错误）": (
        "Reason for correction (e.g. cluster replaced, last entry wrong)"
    ),
    "加入所选建议项目": "Add the selected suggestions",
    "进厂里程": "Odometer at check-in",
    "更正原因": "Reason for correction",
    "建议项目": "Suggested work",
    "首次到店，没有可比较的历史里程。": "First visit: no earlier reading to compare.",
    "距上次 %1 天，行驶 %2 km；本次日均 %3 km，平时日均 %4 km，比值 %5": (
        "%1 days since last visit, %2 km driven; %3 km a day now, %4 km a day usually, ratio %5"
    ),
    "读数低于上次的 %1 km，不能直接保存；如确属换表或录入错误，请填写更正原因。": (
        "Reading below the last one (%1 km): it cannot be saved as is; if the cluster "
        "was replaced or the last entry was wrong, give the reason for correction."
    ),
    "行驶里程异常偏大，保存时需要确认读数。": (
        "Unusually high mileage: the reading must be confirmed when saving."
    ),
    "车辆长期未到店，建议检查蓄电池、轮胎和油液。": (
        "The car has not been in for a long time: check battery, tyres and fluids."
    ),
    "添加项目": "Add item",
    "删除项目": "Remove item",
    "开维修委托书": "Open repair order",
    "保养": "Maintenance",
    "维修": "Repair",
    "质保": "Warranty",
    "事故车": "Accident repair",
    "召回": "Recall",
    "PDI 检查": "PDI",
    "油量": "Fuel level",
    "服务类型": "Service type",
    "客户描述": "Customer's description",
    "初检记录": "Initial inspection",
    "承诺交车": "Promised for",
    "请先选择车辆并填写进厂里程。": "First select the car and enter the odometer reading.",
    "请确认里程": "Confirm the reading",
    "项目名称": "Item",
    "请填写维修项目名称。": "Enter the name of the work item.",
    "金额格式不正确，请输入数字。": "Not an amount: enter a number.",
    "追加项目（待客户同意）": "Add work (awaiting customer consent)",
    "记录客户同意": "Record customer consent",
    "开始维修": "Start work",
    "送质检": "Send to inspection",
    "质检通过": "Inspection passed",
    "返工": "Rework",
    "预览/打印委托书": "Preview/print repair order",
    "保存 PDF": "Save PDF",
    "维修委托书已保存到：%1": "Repair order saved to: %1",
    # ui/widgets/pdf_output.py
    "没有可以打开 PDF 的程序，无法预览或打印。文件已保存在：%1": (
        "No program here can open a PDF, so it cannot be previewed or printed. "
        "The file is saved at: %1"
    ),
    "委托书 %1\u3000状态：%2\u3000预估 ¥%3": "Repair order %1   Status: %2   Estimate ¥%3",
    "\u3000结算 ¥%1\u3000下次保养 %2 / %3 km": "   Final ¥%1   Next service %2 / %3 km",
    "保存维修委托书": "Save repair order",
    "交车结算": "Handover and billing",
    "委托书号": "Repair order no.",
    "预估金额": "Estimate",
    "结算金额": "Final amount",
    "下次保养": "Next service",
    "暂无法预测": "Cannot predict yet",
    "%1 或 %2 km（以先到者为准）": "%1 or %2 km (whichever comes first)",
    "已同意": "Agreed",
    "待客户同意": "Awaiting consent",
    "客户不做": "Declined by customer",
    "（建议）": " (suggested)",
    "维修项目": "Work item",
    "工时费": "Labour",
    "材料费": "Parts",
    "小计": "Subtotal",
    "状态": "Status",
    "里程(km)": "Odometer (km)",
    "项目": "Work",
    "金额": "Amount",
    # ui/complaints/
    "刷新": "Refresh",
    "待办投诉": "Open complaints",
    "受理投诉": "New complaint",
    "归档查询": "Archive",
    "月度分析": "Monthly analysis",
    "逾期 %1 件，已升级至店长。": "%1 overdue: escalated to the store manager.",
    "没有逾期投诉。": "No overdue complaints.",
    "逾期投诉 %1 件": "%1 overdue complaints",
    "匿名投诉": "Anonymous complaint",
    "登记投诉": "Register complaint",
    "匿名客户留下的手机号（可选）": "Mobile left by the anonymous customer (optional)",
    "车辆": "Vehicle",
    "销售订单": "Sales order",
    "维修委托书": "Repair order",
    "联系电话": "Contact phone",
    "客户原话": "Customer's own words",
    "渠道": "Channel",
    "严重程度": "Severity",
    "投诉内容": "Complaint",
    "受理时间早于现在时必填": "Required when received earlier than now",
    "（未指定）": "(not assigned)",
    "受理时间": "Received at",
    "补录原因": "Reason for late entry",
    "责任部门": "Department responsible",
    "负责人": "Owner",
    "匿名投诉（可稍后关联客户）": "Anonymous (the customer can be linked later)",
    "（无）": "(none)",
    "向客户说明的内容 / 方案 / 原因": "What was told to the customer / solution / reason",
    "已响应客户": "Customer contacted",
    "提交方案": "Propose solution",
    "客户满意，结案": "Customer satisfied: close",
    "客户不满意": "Customer not satisfied",
    "暂停计时": "Pause clock",
    "恢复计时": "Resume clock",
    "重新打开": "Reopen",
    "满意度评分": "Satisfaction score",
    "请在列表中选择一件投诉。": "Select a complaint in the list.",
    "已归档（只读），如需继续处理请“重新打开”并填写原因。": (
        "Archived (read-only): to work on it again, “Reopen” it and give the reason."
    ),
    "请先登录。": "Sign in first.",
    "投诉单号或客户姓名": "Complaint no. or customer name",
    "只看已归档": "Archived only",
    "统计": "Statistics",
    "导出 Excel": "Export to Excel",
    "月份": "Month",
    "按类别": "By category",
    "按原因": "By cause",
    "投诉 %1 件": "%1 complaints",
    "首次响应中位 %1 分钟，结案中位 %2 小时": (
        "Median first response %1 min, median time to close %2 h"
    ),
    "重复投诉客户：": "Customers complaining again:",
    "导出投诉分析": "Export complaint analysis",
    "Excel 工作簿 (*.xlsx)": "Excel workbook (*.xlsx)",
    "已导出：": "Exported: ",
    "类别": "Category",
    "原因": "Cause",
    "件数": "Count",
    # ui/calendar/
    "处理回访": "Handle follow-up",
    "复制短信/微信 (M)": "Copy SMS/WeChat text (M)",
    "显示号码": "Show number",
    "编辑客户资料": "Edit customer profile",
    "区域": "District",
    "职业": "Occupation",
    "资料已被修改": "Profile changed elsewhere",
    "现在重新加载？（您的修改将丢失）": "Reload it now? (your changes will be lost)",
    "编辑资料": "Edit profile",
    "客户资料已保存。": "Customer profile saved.",
    "客户档案 (C)": "Customer record (C)",
    "结果备注（跳过须写原因）": "Outcome notes (a skip needs a reason)",
    "（级别不变）": "(level unchanged)",
    "指定下次跟进": "Set next follow-up",
    "已联系": "Contacted",
    "未接通": "No answer",
    "改期": "Reschedule",
    "已完成": "Done",
    "跳过": "Skip",
    "改期/再联系日期": "New date / call back on",
    "快捷键：在列表中按 1-5 记录结果，M 复制消息，C 打开客户档案": (
        "Shortcuts: in the list press 1-5 to record the outcome, M to copy the message, "
        "C to open the customer record"
    ),
    "请在左侧列表中选择一条回访。": "Select a follow-up in the list on the left.",
    "回访到时间了：%1 %2（%3）": "Follow-up due: %1 %2 (%3)",
    "，另有 %1 条": ", and %1 more",
    "DealerDesk 回访提醒": "DealerDesk follow-up reminder",
    "全部负责人": "All owners",
    "全部类型": "All types",
    "全部渠道": "All channels",
    "类型": "Type",
    "列为本周重点客户": "Make a key customer this week",
    "战败原因 / 下一步": "Reason lost / next step",
    "成交": "Won",
    "战败": "Lost",
    "延期到下周": "Carry over to next week",
    "导出重点客户管理表…": "Export key-customer sheet…",
    "周次": "Week",
    "H 级潜客": "H-level prospects",
    "本周复盘（黄色：有战败或延期，需辅导）": (
        "This week's review (yellow: lost or carried over, needs coaching)"
    ),
    "请先选择顾问和一位 H 级潜客。": "First choose a consultant and an H-level prospect.",
    "请先在名单中选择一位客户。": "First select a customer in the list.",
    "已延期，已列入 %1。": "Carried over: listed in %1.",
    "导出重点客户管理表": "Export key-customer sheet",
    "无法写入文件：%1": "Cannot write the file: %1",
    "已导出：%1": "Exported: %1",
    # ui/complaints/ (cases)
    "（匿名）": "(anonymous)",
    "%1小时%2分": "%1 h %2 min",
    "逾期 %1": "Overdue %1",
    "暂停（%1）": "Paused (%1)",
    "等待客户答复": "Waiting for the customer",
    "投诉单号": "Complaint no.",
    "下一时限": "Next deadline",
    "剩余时间": "Time left",
    "满意度": "Satisfaction",
    # ui/complaints/case_view.py, analysis_view.py
    "匿名投诉：输入手机号、姓名或车牌关联客户": (
        "Anonymous complaint: type a mobile, name or plate to link the customer"
    ),
    "受理": "Received",
    "暂停原因": "Pause reason",
    "按时": " on time ",
    # ui/calendar/ (tab, lists, key customers, rule editor)
    "今天 (T)": "Today (T)",
    "当日": "Day",
    "本周": "Week",
    "逾期": "Overdue",
    "重点客户": "Key customers",
    "提醒规则": "Reminder rules",
    "已生成 %1 条新提醒。": "%1 new reminders made.",
    "正在生成今日提醒…": "Making today's reminders…",
    "逾期未办：%1 条": "Overdue: %1",
    "逾期 (%1)": "Overdue (%1)",
    "当日 %1 (%2)": "Day %1 (%2)",
    "已记录：%1 %2": "Recorded: %1 %2",
    "；下次联系 %1": "; next contact %1",
    "电话": "Phone",
    "短信": "SMS",
    "微信": "WeChat",
    "待办": "To do",
    "已改期": "Rescheduled",
    "已跳过": "Skipped",
    "到期": "Due",
    "时间": "Time",
    "次数": "Attempt",
    "结果备注": "Outcome notes",
    "预算": "Budget",
    "最近联系": "Last contact",
    "下一步": "Next step",
    "结果": "Outcome",
    "列入": "Listed",
    "延期": "Postponed",
    "成交率": "Closing rate",
    "服务顾问": "Service advisor",
    "客服": "Customer service",
    "销售总监": "Sales director",
    "店长": "Store manager",
    "前台": "Receptionist",
    "服务必需": "Service-necessary",
    "营销": "Marketing",
    "问候": "Greetings",
    "规则": "Rule",
    "负责": "Owner",
    "提前/间隔天数": "Lead / interval days",
    "联系类型": "Contact kind",
    "启用": "Enabled",
    "否": "No",
    "保存规则": "Save rule",
    "负责岗位": "Owner role",
    "消息模板": "Message template",
    "可用占位符：%1": "Placeholders available: %1",
    "只有店长可以修改提醒规则。": "Only the store manager can change reminder rules.",
    "已保存：%1": "Saved: %1",
    # ui/calendar/ consent panel
    "联系授权": "Contact consent",
    "接受营销联系（回厂优惠、潜客跟进）": "Accepts marketing (service offers, prospect follow-up)",
    "接受问候（生日、节日）": "Accepts greetings (birthday, holidays)",
    "接受服务提醒（保养、保险、年审）": (
        "Accepts service reminders (maintenance, insurance, annual inspection)"
    ),
    "变更原因（如：电话中客户表示不需要）": (
        "Reason for the change (e.g. the customer said no on the phone)"
    ),
    "保存授权": "Save consent",
    "召回、质保等服务必需的提醒不受影响。": (
        "Service-necessary reminders (recalls, warranty) are not affected."
    ),
    "同意": "Accepted",
    "拒绝": "Refused",
    # ui/audit_view.py
    "操作日志": "Audit log",
    "全部操作": "All actions",
    "登录失败": "Failed sign-in",
    "新建": "Create",
    "修改": "Edit",
    "删除": "Delete",
    "查看完整号码": "Full number viewed",
    "导出": "Export",
    "员工": "Staff",
    "系统": "System",
    "操作": "Action",
    "对象": "Record",
    "字段": "Field",
    "原值": "Old value",
    "新值": "New value",
    "从": "From",
    "到": "to",
    # ui/calendar/tab.py
    "点选日期：当天的回访列在右侧“当日”页，本周和逾期的在旁边两页。": (
        "Pick a day: its follow-ups are listed on the right under “Day”; this week's "
        "and the overdue ones on the pages beside it."
    ),
    "格内数字：<span style='color:%1'>3</span> = 3 条待办；"
    "<span style='color:%1'>2/5</span> = 5 条中 2 条待办；"
    "<span style='color:%2'>5/5</span> = 全部办完；"
    "<b style='color:%3'>!2</b> = 2 条逾期未办": (
        "In a day: <span style='color:%1'>3</span> = 3 to do; "
        "<span style='color:%1'>2/5</span> = 2 of 5 still to do; "
        "<span style='color:%2'>5/5</span> = all done; "
        "<b style='color:%3'>!2</b> = 2 overdue"
    ),
    "%1 没有您的回访任务。要看全店的，请在“负责人”中选“全部负责人”。": (
        "You have no follow-ups on %1. To see everyone's, choose “All owners” under “Owner”."
    ),
    "回访记录": "Follow-up history",
    # ui/importing/ (导入客户)
    "导入客户…": "Import customers…",
    "导入客户": "Import customers",
    "导入": "Import",
    "撤销导入": "Undo import",
    "导入完成": "Import done",
    "撤销本次导入": "Undo this import",
    (
        "导入批次 #%1：导入 %2 行，新建客户 %3 位、车辆 %4 "
        "辆、进厂记录 %5 条；跳过有错误的 %6 行、重复的 %7 行。"
    ): (
        "Import batch #%1: %2 rows imported, %3 new customers, %4 cars, %5 service "
        "records; %6 rows with errors and %7 duplicate rows skipped."
    ),
    "在这些客户被改动或有新的业务记录之前，可以整批撤销本次导入。": (
        "Until one of these customers is edited or has new business (a visit, an order, a"
        " repair…), the whole import can be undone."
    ),
    "正在撤销……": "Undoing…",
    "已撤销：删除了客户 %1 位、车辆 %2 辆、进厂记录 %3 条。": (
        "Undone: %1 customers, %2 cars and %3 service records deleted."
    ),
    "选择客户名单文件": "Choose the customer list",
    "Excel（.xlsx、.xls）或 CSV 文件。表头上方的标题行和空行会自动跳过。": (
        "An Excel (.xlsx, .xls) or CSV file. Title rows and blank rows above the header "
        "are skipped."
    ),
    "文件路径": "File path",
    "浏览…": "Browse…",
    "文件：": "File:",
    "工作表：": "Sheet:",
    "选择客户名单": "Choose a customer list",
    "客户名单 (*.xlsx *.xls *.csv)": "Customer lists (*.xlsx *.xls *.csv)",
    "没有自动找到表头行，请在下一步指定表头所在的行。": (
        "No header row was found: give the row of the header on the next page."
    ),
    "（忽略此列）": "(ignore this column)",
    "性别": "Gender",
    "生日": "Birthday",
    "车牌": "Plate",
    "购车日期": "Purchase date",
    "进厂日期": "Service date",
    "地址": "Address",
    "手机号": "Mobile number",
    "行号": "Row",
    "列": "Column",
    "内容": "Content",
    "重复的": "Same",
    "已有客户编号": "Customer on file",
    "与第几行相同": "Same as row",
    "处理": "Outcome",
    "新车辆挂到已有客户名下": "New car added to the customer on file",
    "不重复导入": "Not imported again",
    "核对列的对应": "Check the columns",
    "已按表头自动对应；不认识的列会被忽略。如有不对，请在右侧修改。": (
        "Columns were matched by their headers; unknown columns are ignored. Correct them"
        " on the right if needed."
    ),
    "表头在第几行：": "Header row:",
    "示例": "Examples",
    "导入为": "Import as",
    "每个字段只能对应一列：%1 对应了多列。": "Each field takes one column: %1 has several.",
    "请指定哪一列是客户姓名。": "Choose the column with the customer's name.",
    "试导入结果": "Dry run",
    "这一步只检查，不保存任何数据。有错误的行导入时会跳过。": (
        "This step only checks; nothing is saved. Rows with errors are skipped by the import."
    ),
    "开始导入": "Import",
    "保存错误报告…": "Save error report…",
    "正在检查……": "Checking…",
    "错误 %1 行": "Errors: %1 rows",
    "重复 %1 行": "Duplicates: %1 rows",
    "提示 %1 条": "Notes: %1",
    (
        "共 %1 行数据（表头在第 %2 行），可以导入 %3 行：将新建客户 "
        "%4 位、车辆 %5 辆、进厂记录 %6 条；已有客户添加新车 %7 辆。"
    ): (
        "%1 data rows (header in row %2), %3 can be imported: %4 new customers, %5 cars, "
        "%6 service records; %7 new cars for customers on file."
    ),
    "合计行 %1 行不导入。": " %1 totals rows are not imported.",
    "没有可以导入的新数据。": " Nothing new to import.",
    "无法保存文件：%1": "Could not save the file: %1",
    "错误报告已保存到 %1": " Error report saved to %1",
    "保存错误报告": "Save error report",
    "Excel 文件 (*.xlsx)": "Excel files (*.xlsx)",
    "正在导入": "Importing",
    "导入是一个整体：取消或出错时不保存任何数据。": (
        "The import is one whole: cancelled or failed, nothing is saved."
    ),
    "取消导入": "Cancel import",
    "正在导入……": "Importing…",
    "正在取消……": "Cancelling…",
    # ui/setup/ (store set-up: 管理 menu and the first-run wizard)
    "门店信息…": "Store profile…",
    "员工账号…": "Staff accounts…",
    "车型库…": "Car catalogue…",
    "系统设置…": "Settings…",
    "修改密码…": "Change password…",
    "修改设置": "Setting changed",
    "修改密码": "Change password",
    "重置密码": "Password reset",
    "修改密码被拒": "Password change refused",
    "车型库": "Car catalogue",
    "门店默认": "Store default",
    "%1 或 %2 个月": "%1 or %2 months",
    "品牌": "Brand",
    "车系": "Series",
    "新能源": "New energy",
    "首保": "First service",
    "定保间隔": "Service interval",
    "新增车型": "New model",
    "保存车型": "Save model",
    "删除车型": "Delete model",
    "载入常见车型": "Load common models",
    "已保存“%1”。": "Saved “%1”.",
    "已删除“%1”。": "Deleted “%1”.",
    "已载入 %1 款常见车型，可逐一修改。": "Loaded %1 common models; edit them as needed.",
    " 元": " yuan",
    "如：豪华型、旗舰型": "e.g. Deluxe、Flagship",
    "如：冰川白、星河蓝": "e.g. Glacier White、Galaxy Blue",
    "指导价": "List price",
    "首保里程": "First service at (km)",
    "首保时间（月）": "First service after (months)",
    "定保间隔里程": "Service every (km)",
    "定保间隔时间（月）": "Service every (months)",
    "质保年限": "Warranty (years)",
    "质保里程": "Warranty (km)",
    "当前密码": "Current password",
    "新密码": "New password",
    "两次输入的新密码不一致。": "The two new passwords differ.",
    "添加": "Add",
    "设置完成": "All set",
    (
        "点“完成”后您将以店长身份登录，可以开始登记第一位到店客户。"
        "以上各项以后都可以在“管理”菜单中修改。"
    ): (
        "Press Finish to sign in as the store manager and register the first walk-in. "
        "Everything above can be changed later from the Admin menu."
    ),
    "新门店设置向导": "New store set-up",
    "员工账号": "Staff accounts",
    ("添加销售顾问、前台、服务顾问和客服的账号。可以跳过，以后在“管理 → 员工账号”中添加。"): (
        "Add accounts for sales consultants, receptionists, service advisors and customer "
        "service. You may skip this and add them later under Admin → Staff accounts."
    ),
    (
        "点“载入常见车型”从常见车型开始，再按本店经营的品牌修改保养计划。"
        "可以跳过，以后在“管理 → 车型库”中修改。"
    ): (
        "Press “Load common models” to start from common models, then adjust the "
        "maintenance plans for the brands you sell. You may skip this and edit it later "
        "under Admin → Car catalogue."
    ),
    "上一步": "Back",
    "完成": "Finish",
    "取消": "Cancel",
    ("门店已有的客户名单（Excel 或 CSV）可以现在导入，也可以以后在“管理 → 导入客户”中导入。"): (
        "Import the store's existing customer lists (Excel or CSV) now, or later under "
        "Admin → Import customers."
    ),
    "店长账号": "Store manager's account",
    "门店信息": "Store profile",
    (
        "打印在交车清单和维修委托书上；营业时间用于投诉时限。"
        "可以跳过，以后在“管理 → 门店信息”中填写。"
    ): (
        "Printed on delivery checklists and repair orders; the business hours drive the "
        "complaint deadlines. You may skip this and fill it in later under Admin → Store "
        "profile."
    ),
    "重置密码：%1": "Reset password: %1",
    "重置": "Reset",
    "把新密码当面告诉这位员工，请其登录后自己修改。": (
        "Tell this person the new password in person and ask them to change it after signing in."
    ),
    "代码": "Code",
    "名称": "Name",
    "几天内购车": "Buys within (days)",
    "每隔几天跟进": "Follow up every (days)",
    "须填写说明": "Needs a note",
    "每行一项": "One item per line",
    "添加一行": "Add a row",
    "删除所选行": "Delete the selected row",
    "在“%1”中修改": "Edited in “%1”",
    "默认：%1": "Default: %1",
    "系统设置": "Settings",
    "保存": "Save",
    "添加员工": "Add staff member",
    "修改员工": "Edit staff member",
    "用户名（登录用，英文字母）": "Username (for signing in, Latin letters)",
    "岗位": "Role",
    "初始密码": "Initial password",
    "在职": "Active",
    "已停用": "Disabled",
    "上次登录": "Last signed in",
    "添加员工…": "Add staff member…",
    "修改…": "Edit…",
    "停用": "Disable",
    "重置密码…": "Reset password…",
    "前台接待": "Receptionist",
    "客服专员": "Customer service",
    "标志（打印在每份 PDF 上）": "Logo (printed on every PDF)",
    "营业时间": "Business hours",
    "额外休息日": "Extra closed days",
    "额外营业日（调休上班）": "Extra working days (make-up days)",
    "选择图片…": "Choose image…",
    "用默认标志": "Use the default logo",
    "选择门店标志": "Choose the store logo",
    "图片 (*.png *.jpg *.jpeg)": "Images (*.png *.jpg *.jpeg)",
    # app/settings.py (declared with QT_TRANSLATE_NOOP("Settings", …))
    "门店": "Store",
    "销售与意向级别": "Sales and intent levels",
    "回访提醒": "Follow-up reminders",
    "售后与保养": "After-sales and maintenance",
    "备份": "Backups",
    "登录与密码": "Sign-in and passwords",
    "搜索": "Search",
    "小时": "hours",
    "分钟": "minutes",
    "天": "days",
    "周": "weeks",
    "个月": "months",
    "年": "years",
    "公里": "km",
    "公里/天": "km/day",
    "元": "yuan",
    "次": "times",
    "人": "people",
    "条": "results",
    "位": "characters",
    "点": "o'clock",
    "倍": "times",
    "（0–1）": "(0–1)",
    "门店名称": "Store name",
    "门店地址": "Store address",
    "门店电话": "Store phone",
    "营业开始时间（时:分）": "Opens at (HH:MM)",
    "营业结束时间（时:分）": "Closes at (HH:MM)",
    "门店额外休息日": "Store's extra closed days",
    "门店额外营业日": "Store's extra working days",
    "意向级别及跟进节奏": "Intent levels and follow-up pacing",
    "销售订单编号前缀": "Sales order number prefix",
    "增值服务项目": "Value-added services",
    "当晚回访时间": "Same-evening callback time",
    "PDI 检查项目": "PDI checks",
    "交车检查项目": "Handover checks",
    "交车讲解项目": "Handover explanations",
    "随车物品": "Delivery kit",
    "整车质保年限（车型未设时）": "Warranty years (when the model sets none)",
    "整车质保里程（车型未设时）": "Warranty km (when the model sets none)",
    "新车保险期限": "New-car insurance term",
    "销售忠诚：本店购车客户的转介绍数": "Sales-loyal: referrals by a customer who bought here",
    "销售忠诚：未购车客户的转介绍数": "Sales-loyal: referrals by a customer who did not buy",
    "售后忠诚：一年内付费进厂次数": "After-sales-loyal: paid visits within a year",
    "售后忠诚：一年内消费金额": "After-sales-loyal: spend within a year",
    "忠诚客户统计周期": "Loyalty counting period",
    "回访日历 → 提醒规则": "Follow-up calendar → Reminder rules",
    "提前生成提醒的天数": "Days of reminders made ahead",
    "顾问关怀：购车后第几天": "Consultant care calls: days after purchase",
    "不回厂提醒": "Dormant customer reminders",
    "节日问候的节日": "Holidays with greetings",
    "未接通后再次联系": "Try again after no answer",
    "首次生成时回看的天数": "Days looked back on the first run",
    "提醒上次生成时间": "Reminders last made at",
    "提醒已生成到的日期": "Reminders made up to",
    "提醒上次查看数据变动的时间": "Reminders last looked for changes at",
    "首保里程（车型未设时，自交车起）": (
        "First service km (when the model sets none, from delivery)"
    ),
    "首保时间（车型未设时，自交车起）": (
        "First service months (when the model sets none, from delivery)"
    ),
    "定保间隔里程（车型未设时）": "Service interval km (when the model sets none)",
    "定保间隔时间（车型未设时）": "Service interval months (when the model sets none)",
    "长途行驶提示：日均里程超过平时的倍数": "Long-trip hint: daily km above usual, times",
    "里程异常：每天超过此数需确认": "Odometer jump: confirm above this per day",
    "长期停放提示：距上次到店": "Long-idle hint: since the last visit",
    "维修委托书编号前缀": "Repair order number prefix",
    "投诉响应时限": "Complaint response deadline",
    "投诉初步方案时限": "Complaint first proposal deadline",
    "投诉最终方案时限": "Complaint final proposal deadline",
    "再次方案时限（最终方案不满意或重开后）": (
        "Next proposal deadline (final proposal refused or case reopened)"
    ),
    "投诉时限只计营业时间": "Complaint deadlines count business hours only",
    "剩余时间少于该比例时黄色提醒": "Amber when less than this share of time remains",
    "投诉单号前缀": "Complaint case number prefix",
    "投诉类别": "Complaint classes",
    "各类别投诉原因": "Complaint causes per class",
    "自动备份间隔": "Automatic backup every",
    "两次备份最短间隔": "Shortest time between backups",
    "保留每日备份": "Keep daily backups",
    "保留每周备份": "Keep weekly backups",
    "保留每月备份": "Keep monthly backups",
    "连续登录失败几次后锁定": "Lock after this many failed sign-ins",
    "锁定时长": "Lock-out time",
    "密码最短长度": "Shortest password",
    "搜索结果条数": "Search results shown",
}
