"""English for the UI's Chinese source strings: scripts/update_translations.py writes these
into resources/translations/dealerdesk_en.ts and compiles the .qm.

Keys are the exact source strings of tr()/translate() and of QT_TRANSLATE_NOOP marks in
app/ (placeholders %1, %2 … and {name} kept); one English text per Chinese text, whatever
the context, unless a (context, source) key gives that context its own. A plural string
(tr with %n) takes a pair: (singular, plural). Keep groups in file order.
"""

from __future__ import annotations

ENGLISH: dict[str | tuple[str, str], str | tuple[str, str]] = {
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
    "正在打开…": "Opening…",
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
    # ui/customer360 (the 360° card) and the value badge
    "客户全景": "Customer 360°",
    "客户全景 — %1": "Customer 360° — %1",
    "车主全景": "Owner 360°",
    "指定专属顾问": "Assign dedicated advisor",
    "%1 · 意向 %2 · 销售顾问 %3": "%1 · intent %2 · sales consultant %3",
    "手机：%1": "Mobile: %1",
    "专属顾问：%1": "Dedicated advisor: %1",
    "（不指定）": "(none)",
    "当前里程": "Odometer",
    "读数日期": "Read on",
    "时间线": "Timeline",
    "优先接待": "Serve first",
    "优先服务": "Service first",
    "男": "Male",
    "女": "Female",
    "未知": "Unknown",
    "潜在客户": "Prospect",
    "成交客户": "Deal customer",
    "战败客户": "Lost prospect",
    "私家车主": "Private owner",
    "企业车队": "Fleet",
    "二手车商": "Used-car dealer",
    "服务提醒": "Service reminders",
    "客户价值": "Customer value",
    "家庭与推荐": "Household and referrals",
    "证件号": "ID number",
    "爱好": "Hobbies",
    "偏好渠道": "Preferred channel",
    "最近到店": "Last visit",
    "价值等级": "Value level",
    "RFM 分群": "RFM segment",
    "近一年消费": "Spend, past year",
    "统计期内": "Within the window",
    "最近消费": "Last paid",
    "计算时间": "Computed at",
    "推荐人": "Referred by",
    "推荐了": "Referred",
    "使用谁的手机": "Uses the mobile of",
    "共用本机号码": "Share this mobile",
    "（%1 岁）": " (%1 years old)",
    "\u3000农历 %1月%2日": "  lunar %1/%2",
    "%1 年": "%1 years",
    "尚未计算（登录后在后台计算）": "Not computed yet (computed in the background after sign-in)",
    "%1 次，¥%2": "%1 times, ¥%2",
    " 等 %1 位": " and others, %1 in all",
    "展厅到店": "Showroom visit",
    "维修保养": "Service visit",
    "客户未做项目": "Work declined",
    "回访": "Follow-up",
    "投诉": "Complaint",
    "经办人": "Staff",
    "客户价值未能更新：%1": "Customer value not updated: %1",
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
    "预计交车": "Delivery due",
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
    "没有可以打开 PDF 的程序，无法用系统程序预览或打印。文件已保存在：%1": (
        "No program here can open a PDF, so the system cannot preview or print it. "
        "The file is saved at: %1"
    ),
    "无法用系统程序打开 PDF：%2。文件已保存在：%1": (
        "The system cannot open the PDF: %2. The file is saved at: %1"
    ),
    "本机没有 xdg-open（请安装 xdg-utils 和 PDF 阅读器）": (
        "this computer has no xdg-open (install xdg-utils and a PDF reader)"
    ),
    "命令行错误": "command line error",
    "文件不存在": "the file does not exist",
    "找不到打开 PDF 的程序": "no program found to open a PDF",
    "打开失败": "opening failed",
    "xdg-open 出错": "xdg-open failed",
    # ui/widgets/charts.py
    "暂无数据": "No data yet",
    # ui/widgets/pdf_preview.py
    "无法在本程序内预览（%1）。可以用“系统程序打开”，文件已保存在：%2": (
        "Cannot preview it in DealerDesk (%1). Try “Open in system viewer”; "
        "the file is saved at: %2"
    ),
    "打印预览 - %1": "Print preview - %1",
    # the PDF buttons of ui/sales/delivery_panel.py and ui/service/order_panel.py
    "系统程序打开": "Open in system viewer",
    "用本机的 PDF 阅读器打开交车清单": "Open the delivery checklist in this computer's PDF reader",
    "用本机的 PDF 阅读器打开维修委托书": "Open the repair order in this computer's PDF reader",
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
    "客户全景 (C)": "Customer 360° (C)",
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
    "<span style='color:%2'>0/5</span> = 5 条都已办完；"
    "<b style='color:%3'>!2</b> = 2 条逾期未办": (
        "In a day: <span style='color:%1'>3</span> = 3 to do; "
        "<span style='color:%1'>2/5</span> = 2 of 5 still to do; "
        "<span style='color:%2'>0/5</span> = all 5 done; "
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
    "客户价值与 RFM": "Customer value and RFM",
    "RFM 统计周期（频次与金额）": "RFM period (frequency and spend)",
    "RFM 分档方式（threshold 按门槛，quantile 按五分位）": (
        "RFM scoring (threshold: by the cuts; quantile: by fifths)"
    ),
    "R 近度门槛：距上次消费不超过（5 分至 2 分）": (
        "R recency cuts: days since last spend at most (scores 5 to 2)"
    ),
    "F 频次门槛：周期内消费次数达到（2 分至 5 分）": (
        "F frequency cuts: purchases and paid visits in the period (scores 2 to 5)"
    ),
    "M 金额门槛：周期内消费金额达到（2 分至 5 分）": (
        "M spend cuts: spend in the period (scores 2 to 5)"
    ),
    "高价值客户：一年内消费金额（企业车队均为高价值）": (
        "High value: spend within a year (fleets are always high value)"
    ),
    "中价值客户：一年内消费金额": "Medium value: spend within a year",
    "客户价值上次计算时间": "Customer value last computed",
    "上次全量计算得到的五分位门槛": "Quintile cuts of the last full run",
    # app/rules/value.py
    "高价值": "High value",
    "中价值": "Medium value",
    "低价值": "Low value",
    "重要价值客户": "Champions",
    "重要发展客户": "Big spenders to grow",
    "重要保持客户": "Big spenders to keep",
    "重要挽留客户": "Big spenders to win back",
    "一般价值客户": "Loyal small spenders",
    "一般发展客户": "Promising newcomers",
    "一般保持客户": "Regulars slipping away",
    "一般挽留客户": "Lost small spenders",
    "无消费记录": "No purchases yet",
    # app/permissions.py (new)
    "查看经营看板和日报": "View the managers' board and daily reports",
    "指定高价值客户的专属顾问": "Assign high-value customers' advisors",
    "创建活动邀约名单": "Create event invitation lists",
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
    # app/audit_labels.py (the audit trail's records and fields) and ui/audit_view.py
    "车型配置": "Configuration",
    "车身颜色": "Body colour",
    "到店接待": "Showroom visit",
    "门店标志": "Store logo",
    "回访任务": "Follow-up",
    "导入批次": "Import batch",
    "重点客户管理表": "Key-customer sheet",
    "维修单号": "Repair order no.",
    "交车时间": "Handed over at",
    "客户意见": "Customer's answer",
    "图片": "Image",
    "客户类型": "Customer type",
    "车主类型": "Owner type",
    "客户阶段": "Customer stage",
    "联系人": "Contact person",
    "农历生日（月）": "Lunar birthday (month)",
    "农历生日（日）": "Lunar birthday (day)",
    "证件号码": "ID number",
    "偏好联系方式": "Preferred channel",
    "驾龄": "Years driving",
    "来源渠道": "Source channel",
    "介绍人": "Referred by",
    "有未结投诉": "Has an open complaint",
    "交车日期": "Delivery date",
    "年审到期": "Annual inspection due",
    "常用路况": "Usual roads",
    "日均里程": "km a day (average)",
    "下次保养日期": "Next service date",
    "下次保养里程": "Next service km",
    "首保月数": "First service (months)",
    "保养间隔里程": "Service interval (km)",
    "保养间隔月数": "Service interval (months)",
    "质保公里数": "Warranty (km)",
    "接待员": "Receptionist",
    "首次到店": "First visit",
    "预算下限": "Budget from",
    "预算上限": "Budget up to",
    "贷款期数（月）": "Loan term (months)",
    "签约时间": "Signed at",
    "接车时间": "Checked in at",
    "承诺交车时间": "Promised for",
    "客户同意时间": "Customer agreed at",
    "客户同意说明": "Customer's consent note",
    "响应时限": "Response due",
    "初步方案时限": "First proposal due",
    "最终方案时限": "Final proposal due",
    "响应时间": "Responded at",
    "初步方案时间": "First proposal at",
    "最终方案时间": "Final proposal at",
    "暂停开始": "Paused since",
    "结案时间": "Closed at",
    "累计暂停（秒）": "Paused in total (s)",
    "重开次数": "Times reopened",
    "追加处理轮次": "Extra rounds",
    "设置项": "Setting",
    "设置值": "Value",
    "图片格式": "Image format",
    "文件名": "File name",
    "到期日": "Due date",
    "营销联系授权": "Consent to marketing",
    "问候联系授权": "Consent to greetings",
    "服务提醒授权": "Consent to service reminders",
    "停用账号": "Disable account",
    "按手机号查找": "Search by mobile",
    "全部员工": "All staff",
    # --- service appointments (issue 16): ui/appointments/, the calendar's key 6, settings
    "快捷键：在列表中按 1-5 记录结果，6 预约到店，M 复制消息，C 打开客户档案": (
        "Keys: 1-5 in the list record the outcome, 6 books a visit, M copies the message, "
        "C opens the customer's card"
    ),
    "%1 预约到店": "%1 Book a visit",
    "已预约：%1 %2 到店": "Booked: %1 comes %2",
    "售后预约": "Service appointments",
    "预约专员": "Appointment officer",
    "已预约": "Booked",
    "接车": "Check-in",
    "未指定": "Unassigned",
    "一二三四五六日": "MTWTFSS",
    "休息": "Closed",
    "工时 %1/%2h": "Work %1/%2h",
    "照片": "Photos",
    "今天": "Today",
    "新预约 (N)": "New booking (N)",
    "已确认": "Confirmed",
    "取消预约": "Cancel booking",
    "已到店": "Arrived",
    "进度看板": "Progress board",
    "日视图": "Day",
    "周视图": "Week",
    "迟到": "Late",
    "%1 不是工作日。": "%1 is not a working day.",
    "正在载入节假日日历…": "Loading the holiday calendar…",
    "技师工时：已约 %1 小时，共 %2 小时，剩余 %3 小时": (
        "Technician hours: %1 h booked of %2 h, %3 h free"
    ),
    "已预约：%1 %2": "Booked: %1 %2",
    "取消原因（可不填）：": "Why cancelled (optional):",
    "%1 个预约未到店，已为顾问生成回访。": (
        "%1 bookings were not kept; their advisors have a call to make."
    ),
    "钣喷": "Body and paint",
    ("Appointments", "保险"): "Insurance claim",
    "APP": "App",
    "未到店": "No-show",
    "已取消": "Cancelled",
    "今日预约已全部到店或没有预约。": "Every booking of today has arrived, or there are none.",
    "今日待到店 %1 辆": "%1 cars still to come today",
    "（迟到 %1 辆）": " (%1 late)",
    "等 %1 辆": " and more, %1 in all",
    "预约详情": "Booking",
    "选择一条预约查看详情。": "Choose a booking to see it.",
    "客户描述：%1": "Customer says: %1",
    "计划项目：%1": "Planned work: %1",
    "新预约": "New booking",
    "客户描述的情况，例如：冷车启动有异响": "What the customer says, e.g. a noise on cold start",
    "计划项目，每行一项，例如：更换机油机滤": "Planned work, one a line, e.g. oil change",
    "保存预约": "Save booking",
    "预约类型": "Kind of work",
    "预约渠道": "Booked by",
    "计划项目": "Planned work",
    "回访“%1”：%2": 'Follow-up "%1": %2',
    "请先查找并选择车辆。": "Find and choose the car first.",
    "这一天不是工作日，请另选日期。": "That day is not a working day; choose another.",
    "%1 已过承诺交车时间 %2，请告知客户进度。": (
        "%1 has passed its promised time %2: tell the customer how it is going."
    ),
    "另有 %1 辆。": " %1 more.",
    "DealerDesk 交车提醒": "DealerDesk promised-time notice",
    "预约改期": "Move booking",
    "预约 %1 %2（%3）：已带入客户描述和计划项目。": (
        "Booked %1 %2 (%3): the customer's words and the planned work are filled in."
    ),
    "未指定顾问": "no advisor chosen",
    "添加照片…": "Add photos…",
    "粘贴图片 (Ctrl+V)": "Paste picture (Ctrl+V)",
    "移除": "Remove",
    "图片 (*.jpg *.jpeg *.png *.gif *.bmp *.webp)": (
        "Pictures (*.jpg *.jpeg *.png *.gif *.bmp *.webp)"
    ),
    "选择照片": "Choose photos",
    "正在读取照片…": "Reading photos…",
    "无法读取照片：%1": "Cannot read the photo: %1",
    "剪贴板里没有图片。": "There is no picture on the clipboard.",
    "粘贴的图片%1.png": "pasted%1.png",
    # --- text declared in app/ (QT_TRANSLATE_NOOP), shown through ui/i18n.py -------------
    # app/i18n.py
    "、": ", ",
    # app/rules/orders.py, handover.py, walk_in.py, loyalty.py; settings (intent levels);
    # services/key_customers.py ("Sales")
    "已签约": "Signed",
    "已配车": "Car allocated",
    ("Sales", "已交车"): "Delivered",
    "未开始": "Not started",
    "办理中": "In progress",
    "保险": "Insurance",
    "上牌": "Plates",
    "精品加装": "Accessories",
    "购买竞品": "Bought a competitor",
    "品牌与车型": "the brand and model",
    "价格因素": "Price",
    "贷款未获批": "Loan refused",
    "无限期推迟购车": "Postponed indefinitely",
    "请说明原因": "the reason",
    "PDI 交车前检查": "PDI (pre-delivery inspection)",
    "交车检查": "Handover check",
    "功能与事项讲解": "Explained to the customer",
    "车身漆面无划痕、凹陷": "Paintwork free of scratches and dents",
    "轮胎、胎压与备胎": "Tyres, pressures and spare",
    "机油、冷却液、制动液、玻璃水液位": "Oil, coolant, brake fluid and washer levels",
    "蓄电池电量与电气设备": "Battery charge and electrics",
    "灯光与仪表警示灯": "Lights and dashboard warning lights",
    "路试：制动、转向、异响": "Road test: brakes, steering, noises",
    "车辆清洁（内外）": "Car cleaned (inside and out)",
    "外观：漆面、玻璃、轮毂完好": "Exterior: paint, glass and wheels intact",
    "内饰：座椅、地毯、顶棚整洁无损": "Interior: seats, carpets, headliner clean and intact",
    "随车文件：合格证、发票、一致性证书": ("Documents: certificate of conformity, invoice, CoC"),
    "钥匙：数量与遥控功能": "Keys: number and remote function",
    "随车工具：千斤顶、三角警示牌、拖车钩": "Tools: jack, warning triangle, tow hook",
    "灯光操作": "Lights",
    "雨刮与洗涤": "Wipers and washers",
    "多媒体与导航": "Multimedia and navigation",
    "驾驶辅助功能": "Driver assistance",
    "充电方法与充电设备": "How to charge, and the charging equipment",
    "保养周期（首保时间与里程）": "Service schedule (first service: when and at what km)",
    "质保条款": "Warranty terms",
    "售后服务流程与预约方式": "After-sales process and how to book",
    "紧急联系方式（救援电话、顾问电话）": ("Emergency contacts (roadside assistance, consultant)"),
    "用户手册": "Owner's manual",
    "保修手册": "Warranty booklet",
    "随车工具": "Tool kit",
    "车钥匙": "Car keys",
    "表格导入": "Spreadsheet import",
    "H 级（7 天内购车）": "H (buys within 7 days)",
    "A 级（15 天内购车）": "A (buys within 15 days)",
    "B 级（30 天内购车）": "B (buys within 30 days)",
    "C 级（3 个月内购车）": "C (buys within 3 months)",
    "N 级（尚未判断）": "N (not judged yet)",
    "O 级（已订车）": "O (ordered)",
    "F 级（战败）": "F (lost)",
    "进行中": "Open",
    # app/rules/repair_order.py, mileage.py ("Service")
    "已接车": "Checked in",
    "维修中": "In the workshop",
    "质检中": "Quality check",
    "待交车": "Ready",
    "已交车": "Handed over",
    "%1 分钟": "%1 min",
    "%1 小时 %2 分": "%1 h %2 min",
    "超时 %1": "%1 late",
    "还有 %1": "%1 to go",
    "进度": "Progress",
    "维修进度看板": "Repair progress",
    "今日在修 %1 辆\u3000%2": "%1 cars in the workshop today\u3000%2",
    "\u3000超时 %1 辆": "\u3000%1 late",
    "辆": "cars",
    "MB": "MB",
    "预约时段长度": "Booking slot length",
    "预约默认预计时长": "Default expected duration of a booking",
    "顾问接车开始时间（时:分）": "Advisors start receiving cars (HH:MM)",
    "顾问下班时间，预约工作须在此前完成（时:分）": (
        "Advisors' day ends; booked work must be done by then (HH:MM)"
    ),
    "午休开始（时:分）": "Lunch break starts (HH:MM)",
    "午休结束（时:分）": "Lunch break ends (HH:MM)",
    "每个时段最多接车（工位）": "Cars received per slot at most (bays)",
    "每位顾问每个时段最多接车": "Cars one advisor receives per slot at most",
    "每天可预约的技师工时": "Technician hours bookable a day",
    "迟到多久算未按时到店": "Late by more than this: not on time",
    "预约照片大小上限": "Largest booking photo",
    "确认预约时提醒客户携带": "What to bring, said when confirming",
    " 分钟": " min",
    "自动安排（空闲且当天预约最少的顾问）": "Automatic (the free advisor with fewest bookings)",
    "改用此时间": "Take this time",
    "预约时间": "When",
    "（非工作日）": "(not a working day)",
    "维修档案预览/打印": "Preview/print repair record",
    "保存维修档案 PDF": "Save repair record PDF",
    "电子维修档案已生成，随委托书保存，可预览打印。": (
        "The repair record is made and kept with the repair order, ready to print."
    ),
    "电子维修档案已保存到：%1": "Repair record saved to: %1",
    "保存电子维修档案": "Save the repair record",
    "轮胎检查": "Tyre check",
    "制动系统检查": "Brake check",
    "机油检查": "Oil check",
    "四轮定位检查": "Wheel alignment check",
    "蓄电池检查": "Battery check",
    "轮胎老化检查": "Tyre ageing check",
    "油液检查": "Fluids check",
    # app/rules/complaints.py, complaints_analysis.py, services/complaints_data.py
    ("Complaints", "电话"): "Phone",
    ("Complaints", "到店"): "In person",
    ("Complaints", "网络"): "Online",
    "电子邮件": "E-mail",
    "回访调查": "Follow-up survey",
    "产品质量": "Product quality",
    "售后服务": "After-sales service",
    "销售服务": "Sales service",
    "异响": "Noises",
    "漏油/漏水": "Oil or water leak",
    "电气故障": "Electrical fault",
    "动力/变速箱": "Engine or gearbox",
    "车身/漆面": "Body or paint",
    "其他质量问题": "Other quality problem",
    "维修质量": "Repair quality",
    "维修时间过长": "Repair took too long",
    "服务态度": "Staff attitude",
    "收费争议": "Disputed charges",
    "配件缺货": "Parts out of stock",
    "承诺未兑现": "Promise not kept",
    "交车延迟": "Late delivery",
    "手续办理": "Paperwork",
    "加价/捆绑销售": "Mark-up or forced extras",
    "报价不透明": "Unclear quote",
    "价格变动": "Price change",
    "优惠未兑现": "Discount not honoured",
    "环境设施": "Premises and facilities",
    "轻微": "Minor",
    "一般": "Moderate",
    "严重": "Serious",
    "重大（可能升级至厂家或媒体）": "Major (may go to the maker or the media)",
    "客服部": "Customer service",
    "售后服务部": "After-sales",
    "销售部": "Sales",
    "市场部": "Marketing",
    "财务部": "Finance",
    "已受理": "Received",
    "已响应": "Responded",
    "已提初步方案": "First proposal made",
    "重新调查中": "Reinvestigating",
    "已提最终方案": "Final proposal made",
    "已结案归档": "Closed and archived",
    "响应": "Response",
    "初步方案": "First proposal",
    "最终方案": "Final proposal",
    "响应客户": "Responded to the customer",
    "提出初步方案": "First proposal made",
    "提出最终方案": "Final proposal made",
    ("Complaints", "客户满意，结案"): "Customer satisfied, case closed",
    "客户不满意，重新调查": "Customer not satisfied, reinvestigating",
    "关联客户": "Linked to a customer",
    "逾期升级至店长": "Overdue: escalated to the store manager",
    # app/rules/reminders.py ("FollowUps")
    "离店关怀短信": "Departure-care SMS",
    "当晚回访": "Same-evening callback",
    "24 小时首次跟进": "First follow-up within 24 hours",
    "按级别跟进": "Follow-up paced by level",
    "交车 24 小时回访": "24-hour callback after delivery",
    "客服 15 天关怀回访": "15-day care call (customer service)",
    "顾问 1-3 个月关怀": "Consultant care call (1–3 months)",
    "首保提醒": "First service reminder",
    "定期保养提醒": "Regular service reminder",
    "下次保养到期": "Next service due",
    "未做项目回访": "Declined work follow-up",
    "出保前检查": "Pre-expiry inspection",
    "质保到期提醒": "Warranty expiry reminder",
    "保险到期提醒": "Insurance expiry reminder",
    "年审提醒": "Annual inspection reminder",
    "召回通知": "Recall notice",
    "生日祝福": "Birthday greeting",
    "节日问候": "Holiday greeting",
    "半年未回厂": "Not back for 6 months",
    "一年未回厂": "Not back for a year",
    "两年未回厂": "Not back for 2 years",
    "投诉处理时限": "Complaint deadline",
    # app/permissions.py ("Staff")
    "查看完整手机号和证件号": "See full phone and ID numbers",
    "导出客户名单": "Export customer lists",
    "导入客户名单": "Import customer lists",
    "修改系统设置": "Change settings",
    "重新打开已归档投诉": "Reopen archived complaints",
    "管理员工账号": "Manage staff accounts",
    "查看操作日志": "See the audit log",
    "备份和恢复数据库": "Back up and restore the database",
    "开立和处理维修委托书": "Open and work repair orders",
    "替其他顾问列重点客户": "List key customers for other consultants",
    # --- messages of errors raised in app/ ("Errors"): {name} values filled in after ----
    "记录": "The record",
    "{what}已被其他工作站修改，请重新加载后再保存。": (
        "{what} was changed at another workstation: reload it, then save again."
    ),
    ("Errors", "回访任务"): "The follow-up",
    "登记和调整售后预约": "Book and change service appointments",
    "预约确认": "Appointment confirmation",
    "找不到该车辆。": "That car cannot be found.",
    "预约未到店回访": "Missed appointment call",
    "客户资料": "The customer's details",
    "重点客户记录": "The key-customer entry",
    "数据库版本（{found}）比本程序（{known}）新，请先升级 DealerDesk 再打开此数据库。": (
        "The database (version {found}) is newer than this program ({known}): upgrade "
        "DealerDesk before opening it."
    ),
    "是空的（0 字节）": "is empty (0 bytes)",
    "不存在": "does not exist",
    (
        "数据库文件 {path} {what}，未做任何改动。如果要在这里新建一个门店数据库，"
        "请加上 --create 再运行；如果这里原来有数据，请用 python main.py restore 备份文件 恢复。"
    ): (
        "The database file {path} {what}; nothing was changed. To create a new store "
        "database here, run again with --create; if there was data here, restore it with "
        "python main.py restore BACKUP_FILE."
    ),
    # app/db.py, dblock.py, backup.py, signing_in.py, commands/
    (
        "支持 SQLite 数据库文件路径（如 D:/dealerdesk/store.sqlite3）或 "
        "postgresql://用户@服务器/数据库"
    ): (
        "Give a SQLite database file path (e.g. D:/dealerdesk/store.sqlite3) or "
        "postgresql://user@server/database"
    ),
    "无法识别的数据库地址（--db 或 DEALERDESK_DB）。{supported}。": (
        "Unrecognised database address (--db or DEALERDESK_DB). {supported}."
    ),
    "不支持的数据库类型“{drivername}”。{supported}。": (
        "Unsupported database type “{drivername}”. {supported}."
    ),
    "无法创建数据文件夹 {parent}：{strerror}": "Cannot create the data folder {parent}: {strerror}",
    "，本次操作未保存": "; this action was not saved",
    "{what}{lost}。{advice}": "{what}{lost}. {advice}",
    "磁盘空间已满": "The disk is full",
    "请清理磁盘后重试。": "Free some disk space and try again.",
    "数据库文件是只读的": "The database file is read-only",
    "请检查文件夹权限。": "Check the folder's permissions.",
    "无法打开数据库文件（文件或所在文件夹只读，或没有访问权限）": (
        "Cannot open the database file (the file or its folder is read-only, or access is denied)"
    ),
    "数据库正被其他程序占用": "The database is in use by another program",
    "请稍后重试。": "Try again in a moment.",
    "读写数据库文件出错": "Error reading or writing the database file",
    "请检查磁盘。": "Check the disk.",
    "数据库文件已损坏或不是 DealerDesk 的数据库，未做任何改动": (
        "The database file is damaged or not a DealerDesk database; nothing was changed"
    ),
    "请用 python main.py restore 备份文件 从备份恢复。": (
        "Restore it from a backup with python main.py restore BACKUP_FILE."
    ),
    "数据库用户名或密码错误": "Wrong database user name or password",
    "请检查数据库地址中的用户名和密码。": (
        "Check the user name and password in the database address."
    ),
    "数据库服务器上不存在数据库“{name}”": "The database server has no database “{name}”",
    "请检查数据库地址中的数据库名。": "Check the database name in the database address.",
    "无法连接数据库服务器": "Cannot reach the database server",
    "请检查网络后重试。": "Check the network and try again.",
    "数据库操作失败，本次操作未保存：{text}": (
        "The database refused; this action was not saved: {text}"
    ),
    "无法读取数据库：{text}": "Cannot read the database: {text}",
    "数据库正在从备份恢复，请稍候再打开 DealerDesk。": (
        "The database is being restored from a backup; open DealerDesk again in a moment."
    ),
    (
        "数据库正被其他程序使用（本机 DealerDesk 窗口或另一台工作站），请先关闭后再恢复。"
        "数据库未做任何改动。"
    ): (
        "The database is in use by another program (a DealerDesk window here or another "
        "workstation): close it, then restore. Nothing was changed."
    ),
    "这不是 SQLite 数据库文件。": "This is not a SQLite database file.",
    (
        "数据库文件已损坏（{verdict}），这次没有备份。之前的备份都保留着，一份也没有删除。"
        "请尽快从最近的备份恢复（python main.py restore 备份文件），或联系 IT。"
    ): (
        "The database file is damaged ({verdict}); no backup was made this time. Every "
        "earlier backup is kept, none was deleted. Restore the latest one soon (python "
        "main.py restore BACKUP_FILE), or call IT."
    ),
    (
        "备份副本未通过完整性检查（{verdict}），已删除这份副本。之前的备份都保留着，"
        "一份也没有删除。请检查磁盘。"
    ): (
        "The backup copy failed its integrity check ({verdict}) and was deleted. Every "
        "earlier backup is kept, none was deleted. Check the disk."
    ),
    "{day} 不是工作日（节假日或门店休息日），不能预约。": (
        "{day} is not a working day (a public holiday or the store's day off): no bookings."
    ),
    "这辆车 {day} 已有 {time} 的预约，同一辆车一天只能预约一次。": (
        "This car is booked at {time} on {day} already; a car can be booked once a day."
    ),
    "{slot} 时段已约满（每时段 {cars} 辆）。": "The {slot} slot is full (capacity {cars} a slot).",
    "该顾问 {slot} 时段已有预约。": "This advisor has a booking in the {slot} slot already.",
    "{slot} 时段所有服务顾问都已有预约。": "Every service advisor is booked in the {slot} slot.",
    "{day} 的技师工时已约满（剩余 {left} 分钟，本次需要 {needed} 分钟）。": (
        "The technicians' hours of {day} are booked ({left} minutes left, this needs "
        "{needed} minutes)."
    ),
    "预计时长必须大于 0 分钟。": "The expected duration must be more than 0 minutes.",
    "预约时间应在顾问上班时间 {start}–{end} 之内。": (
        "Book within the advisors' working hours, {start}–{end}."
    ),
    "{start}–{end} 是午休时间，不能安排到店。": (
        "{start}–{end} is the lunch break: no arrivals then."
    ),
    "预计 {minutes} 分钟的工作在下班时间 {end} 前做不完，请提前或分两天。": (
        "{minutes} minutes of work cannot be done before closing at {end}: book earlier or "
        "over two days."
    ),
    "可预约的时间：{offered}。": " Free times: {offered}.",
    "近 30 天内没有可预约的时间。": " No free time in the next 30 days.",
    "{reason}{hint}": "{reason}{hint}",
    "备份失败：{exc}（请检查磁盘空间和文件夹权限）": (
        "The backup failed: {exc} (check the disk space and the folder's permissions)"
    ),
    (
        "附件（照片、维修档案）备份失败：{strerror}。这次备份没有完成，之前的备份都"
        "保留着。请检查磁盘空间和文件夹权限。"
    ): (
        "Backing up the attached files (photos, repair records) failed: {strerror}. This "
        "backup was not made; every earlier backup is kept. Check the disk space and the "
        "folder's permissions."
    ),
    (
        "无法把备份的附件（照片、维修档案）放回 {folder}：{strerror}。"
        "数据库未做任何改动。"
    ): (
        "Could not put the backup's attached files (photos, repair records) back into "
        "{folder}: {strerror}. The database was not changed."
    ),
    (
        "未找到 pg_dump：PostgreSQL 数据库的备份需要安装 PostgreSQL 客户端工具"
        "（pg_dump），或由 IT 在数据库服务器上备份。"
    ): (
        "pg_dump not found: backing up a PostgreSQL database needs the PostgreSQL client "
        "tools (pg_dump), or IT backs it up on the database server."
    ),
    "pg_dump 备份失败：{reason}": "pg_dump failed: {reason}",
    "找不到备份文件：{backup_file}": "Backup file not found: {backup_file}",
    (
        "数据库文件 {target} 无法写入（{strerror}）。数据库未做任何改动，"
        "请检查这个文件的权限（只读、被锁定）。"
    ): (
        "The database file {target} cannot be written ({strerror}). Nothing was changed; "
        "check the file's permissions (read-only, locked)."
    ),
    (
        "无法替换数据库文件 {target}（{strerror}）。数据库未做任何改动，"
        "请检查这个文件和它所在文件夹的权限（只读、被锁定）。"
    ): (
        "Cannot replace the database file {target} ({strerror}). Nothing was changed; "
        "check the permissions of the file and its folder (read-only, locked)."
    ),
    "备份文件无法读取，已放弃恢复：{exc}": (
        "The backup file cannot be read; restore abandoned: {exc}"
    ),
    "备份文件未通过完整性检查（{verdict}），已放弃恢复。": (
        "The backup file failed its integrity check ({verdict}); restore abandoned."
    ),
    "备份文件来自更新版本的 DealerDesk，请先升级程序再恢复。": (
        "The backup comes from a newer DealerDesk: upgrade the program, then restore."
    ),
    "无法创建备份文件夹 {folder}：{strerror}": (
        "Cannot create the backup folder {folder}: {strerror}"
    ),
    (
        "无法在文件夹 {parent} 中写入文件（{strerror}），未做任何改动。"
        "请检查文件夹权限（只读、被锁定）和磁盘空间。"
    ): (
        "Cannot write a file in the folder {parent} ({strerror}); nothing was changed. "
        "Check the folder's permissions (read-only, locked) and the disk space."
    ),
    "PostgreSQL 数据库请由 IT 用 pg_restore 在服务器上恢复。": (
        "A PostgreSQL database is restored by IT on the server, with pg_restore."
    ),
    (
        "这个命令需要登录：请加 --user 用户名（密码取自环境变量 DEALERDESK_PASSWORD、"
        "--password-stdin 或提示输入）。"
    ): (
        "This command needs a sign-in: add --user USERNAME (the password comes from the "
        "DEALERDESK_PASSWORD environment variable, --password-stdin or a prompt)."
    ),
    "无法读取数据库或备份文件中的员工账号，无法核对身份。数据库未做任何改动。": (
        "Cannot read the staff accounts in the database or the backup, so nobody can be "
        "checked. Nothing was changed."
    ),
    "没有 {username} 的密码：请设置环境变量 {variable} 或用 --password-stdin。": (
        "No password for {username}: set the environment variable {variable} or use "
        "--password-stdin."
    ),
    "此安装缺少“{kind}”输出组件，请重新安装 DealerDesk。": (
        "This installation lacks the “{kind}” writer: reinstall DealerDesk."
    ),
    "无法写入文件 {target}：{reason}": "Cannot write the file {target}: {reason}",
    # app/permissions.py, services/auth.py, staff_admin.py
    "您没有“{permission}”的权限，请联系店长。": (
        "You may not “{permission}”: ask the store manager."
    ),
    "用户名或密码不正确。": "Wrong username or password.",
    "这是最后一位能登录的店长，不能停用或改为其他岗位；请先添加另一位店长。": (
        "This is the last store manager who can sign in: the account cannot be disabled "
        "or given another role. Add another store manager first."
    ),
    "店长账号已存在，请用店长账号登录后再添加员工。": (
        "A store manager account exists already: sign in with it to add staff."
    ),
    "只有已登录的员工可以修改自己的密码。": (
        "Only a signed-in staff member can change their password."
    ),
    "当前密码不正确。": "The current password is wrong.",
    "用户名请用英文字母和数字，不含空格。": "Use letters and digits for the username, no spaces.",
    "请填写员工姓名。": "Enter the staff member's name.",
    "用户名“{username}”已被使用。": "The username “{username}” is taken.",
    "密码至少 {shortest} 位。": "The password needs at least {shortest} characters.",
    "新密码不能与当前密码相同。": "The new password must differ from the current one.",
    "没有用户名为“{username}”的员工。": "No staff member has the username “{username}”.",
    "找不到这位员工。": "Staff member not found.",
    "找不到员工“{name}”。": "Staff member “{name}” not found.",
    # app/validation.py
    "内容过长（最多 {max_length} 个字）。": "Too long (at most {max_length} characters).",
    "请填写客户姓名。": "Enter the customer's name.",
    "请填写手机号码。": "Enter the mobile number.",
    "手机号码“{raw}”格式不正确。": "The mobile number “{raw}” is not valid.",
    "“{raw}”不是有效的中国大陆手机号码（11 位，1 开头）。": (
        "“{raw}” is not a mainland China mobile number (11 digits, starting with 1)."
    ),
    "请填写车牌号。": "Enter the plate.",
    "车牌号“{plate}”格式不正确（例：粤B12345，新能源：粤BD12345）。": (
        "The plate “{plate}” is not valid (e.g. 粤B12345; new energy: 粤BD12345)."
    ),
    "车架号（VIN）应为 17 位，现在是 {length} 位。": (
        "A VIN has 17 characters; this one has {length}."
    ),
    "车架号（VIN）不能含有字符：{chars}。": "A VIN cannot contain: {chars}.",
    # app/settings.py, services/settings_admin.py, store_profile.py, complaints_clock.py
    "“{label}”的值类型不正确。": "“{label}” has a value of the wrong kind.",
    "设置“{label}”的值类型不正确。": "The setting “{label}” has a value of the wrong kind.",
    "“{label}”应在 {low:g} 到 {high:g}{unit} 之间。": (
        "“{label}” must be between {low:g} and {high:g} {unit}."
    ),
    "“{label}”太长了（最多 200 字）。": "“{label}” is too long (at most 200 characters).",
    "“{label}”格式不对，例如“{example}”。": "“{label}” is not in the right form, e.g. “{example}”.",
    "“{label}”每一项都应是整数。": "Every item of “{label}” must be a whole number.",
    "“{label}”中的“{value}”不是日期（应为 2026-10-01 这样）。": (
        "“{value}” in “{label}” is not a date (write it as 2026-10-01)."
    ),
    "“{label}”中有重复的项。": "“{label}” has an item twice.",
    "“{label}”至少要有一项。": "“{label}” needs at least one item.",
    "“{label}”中每一项都要填写名称。": "Every item of “{label}” needs a name.",
    "“{label}”中的数字应为不小于 0 的整数。": (
        "The numbers in “{label}” must be whole numbers, 0 or more."
    ),
    "“{key}”不是在这里修改的设置。": "“{key}” is not a setting changed here.",
    "请填写门店名称。": "Enter the store's name.",
    "{day:%Y-%m-%d} 不能既休息又营业。": "{day:%Y-%m-%d} cannot be both closed and open.",
    "标志图片太大（{kb} KB），请用不超过 512 KB 的图片。": (
        "The logo is too large ({kb} KB): use an image of 512 KB or less."
    ),
    "标志图片请用 PNG 或 JPG 格式。": "Use a PNG or JPG image for the logo.",
    "营业时间“{text}”格式不正确（例：08:30）。": (
        "The opening time “{text}” is not valid (e.g. 08:30)."
    ),
    "打烊时间必须晚于开门时间。": "Closing time must be after opening time.",
    "一年内没有营业日，请检查门店营业日设置。": (
        "No open day within a year: check the store's open days."
    ),
    "门店营业日设置中有无效日期（应为 YYYY-MM-DD）。": (
        "The store's open days hold an invalid date (write YYYY-MM-DD)."
    ),
    # app/rules/orders.py, handover.py; services/sales.py, delivery.py
    "订单当前状态为“{current}”，不能变更为“{target}”。": (
        "The order is “{current}” and cannot become “{target}”."
    ),
    "请从列表中选择战败原因。": "Choose why the prospect was lost from the list.",
    "战败原因“{label}”需要填写{hint}。": "The reason “{label}” needs {hint}.",
    "还有 {count} 项未勾选（{items}等），请勾选或在备注中说明原因。": (
        "{count} items are not ticked ({items}, …): tick them or explain why in the remarks."
    ),
    "还有 {count} 项未勾选（{items}），请勾选或在备注中说明原因。": (
        "{count} items are not ticked ({items}): tick them or explain why in the remarks."
    ),
    "车架号 {vin} 的校验位不符，请核对车辆合格证；确认无误后再次提交。": (
        "The check digit of VIN {vin} does not match: compare it with the car's certificate, "
        "then submit again to confirm."
    ),
    "车架号 {vin} 已登记在档，不能重复配车。": (
        "VIN {vin} is already on file: it cannot be allocated again."
    ),
    "办理进度无效。": "Invalid progress.",
    "订单已取消，不能再更新增值服务进度。": (
        "The order is cancelled: its services' progress can no longer change."
    ),
    "该订单没有这项增值服务。": "The order has no such service.",
    "找不到该客户。": "Customer not found.",
    "找不到该订单。": "Order not found.",
    "请选择车型。": "Choose a model.",
    "成交价格不合理。": "The price is not plausible.",
    "定金应在 0 与成交价格之间。": "The deposit must be between 0 and the price.",
    "付款方式无效。": "Invalid payment method.",
    "增值服务“{code}”不在可选范围内。": "The service “{code}” is not offered.",
    "贷款购车请填写贷款银行。": "Enter the lending bank for a loan.",
    "贷款期限应为 1 到 {longest} 个月。": "The loan term must be 1 to {longest} months.",
    "该客户已标记为战败。": "This customer is already recorded as lost.",
    "该客户有未取消的订单，请先取消订单再标记战败。": (
        "This customer has an order not cancelled: cancel it before recording a loss."
    ),
    "订单{label}，不能开始交车。": "The order is {label}: the handover cannot start.",
    "找不到该检查项目。": "Checklist item not found.",
    "车辆已交付，交车清单不能再修改。": "The car is delivered: the checklist can no longer change.",
    "该车辆不存在或已被删除。": "The car does not exist or was deleted.",
    "交车时间不能晚于现在。": "The handover time cannot be in the future.",
    "订单尚未配车，请先录入车架号（VIN）再交车。": (
        "No car is allocated to the order yet: enter the VIN before the handover."
    ),
    "请先开始交车，完成交车检查清单。": "Start the handover and complete its checklist first.",
    "找不到车架号 {vin} 对应的订单。": "No order for VIN {vin}.",
    "找不到订单 {order_no}。": "No order {order_no}.",
    "该订单尚未开始交车，没有交车清单。": (
        "The order's handover has not started: it has no checklist."
    ),
    "交车里程不合理，请核对仪表读数。": "The delivery km is not plausible: check the odometer.",
    "车牌号 {plate} 已登记在其他车辆上。": "The plate {plate} is on file for another car.",
    # app/services/reception.py, customers.py, key_customers.py, calendar.py, reminders.py
    "已有 {count} 位同名客户（手机号不同），请确认是否为同一人。": (
        "{count} customers on file have this name (other phones): is this one of them?"
    ),
    "手机号 {mobile} 已登记在“{owner}”名下，与填写的“{typed_name}”不同。": (
        "The mobile {mobile} is on file for “{owner}”, not “{typed_name}” as typed."
    ),
    "找不到这次接待记录。": "Visit not found.",
    "离店时间不能早于到店时间。": "The departure cannot be before the arrival.",
    "找不到该客户，可能已被删除。": "Customer not found; it may have been deleted.",
    "到店时间不能晚于现在。": "The arrival time cannot be in the future.",
    "来店人数应在 1 到 {largest} 之间。": "The party size must be 1 to {largest}.",
    "用途不在可选范围内。": "Choose a use from the list.",
    "意向级别“{intent_level}”无效。": "Invalid intent level “{intent_level}”.",
    "意向级别“{level}”无效。": "Invalid intent level “{level}”.",
    "预算金额不合理。": "The budget is not plausible.",
    "预算下限不能高于上限。": "The budget's low end cannot be above its high end.",
    "{name}已订车或已战败，意向级别随订单和战败登记变化，不在此调整。": (
        "{name} has ordered or is lost: the level follows the order or the loss, not this setting."
    ),
    "请输入完整的 11 位手机号码。": "Enter the whole 11-digit mobile number.",
    "周次“{text}”格式不对，应为 2026-W47 这样的 ISO 周。": (
        "The week “{text}” is not valid: write an ISO week such as 2026-W47."
    ),
    "{name}已不是潜在客户，不能列为重点客户。": (
        "{name} is no longer a prospect and cannot be a key customer."
    ),
    "结果“{outcome}”无效。": "Invalid outcome “{outcome}”.",
    "战败请填写原因。": "Give the reason for the loss.",
    "找不到该销售顾问。": "Sales consultant not found.",
    "{name}已在 {week} 的重点客户名单中。": "{name} is already a key customer in {week}.",
    "找不到该重点客户记录。": "Key-customer entry not found.",
    "处理结果“{outcome}”无效。": "Invalid outcome “{outcome}”.",
    "找不到该回访任务。": "Follow-up not found.",
    "该回访任务已经处理过了。": "This follow-up was handled already.",
    "改期请选择新的日期。": "Choose the new date to reschedule.",
    "新的日期不能早于今天。": "The new date cannot be before today.",
    "跳过任务请填写原因。": "Give the reason for skipping.",
    "下次跟进日期不能早于今天。": "The next follow-up cannot be before today.",
    "联系类型“{kind}”无效。": "Invalid kind of contact “{kind}”.",
    "请填写召回活动编号（不超过 40 个字符）。": (
        "Enter the recall campaign code (at most 40 characters)."
    ),
    # app/rules/reminders.py
    "模板中的占位符“{{{unknown}}}”无法识别，可用的占位符：{allowed}。": (
        "The template's placeholder “{{{unknown}}}” is unknown; the placeholders are: {allowed}."
    ),
    "消息模板不能为空。": "The message template cannot be empty.",
    "没有名为“{key}”的提醒规则。": "No reminder rule “{key}”.",
    "提醒规则没有可修改的“{name}”项。": "A reminder rule has no “{name}” to change.",
    "提前天数应为 0 到 365 之间的整数。": "Days ahead must be a whole number from 0 to 365.",
    "渠道“{value}”无效。": "Invalid channel “{value}”.",
    "负责岗位“{value}”无效。": "Invalid role “{value}”.",
    # app/rules/complaints.py, services/complaints.py
    "投诉当前为“{current}”，不能转为“{requested}”。": (
        "The complaint is “{current}” and cannot become “{requested}”."
    ),
    "投诉时限设置应满足：响应 ≤ 初步方案 ≤ 最终方案。": (
        "Complaint deadlines must keep response ≤ first proposal ≤ final proposal."
    ),
    "再次方案时限必须大于 0。": "The next proposal deadline must be above 0.",
    "请选择投诉类别。": "Choose the complaint's class.",
    "投诉原因“{cause}”不在该类别的原因列表中。": (
        "The cause “{cause}” is not one of this class's causes."
    ),
    "请填写投诉内容（客户原话）。": "Enter the complaint (the customer's own words).",
    "受理时间不能晚于现在。": "The received time cannot be in the future.",
    "受理时间早于现在，请填写补录原因。": (
        "The received time is in the past: say why it is recorded late."
    ),
    "请选择投诉渠道。": "Choose the channel.",
    "请选择严重程度。": "Choose the severity.",
    "找不到该负责人。": "Owner not found.",
    ("Errors", "车辆"): "car",
    ("Errors", "销售订单"): "sales order",
    ("Errors", "维修委托书"): "repair order",
    "找不到该{label}。": "No such {label}.",
    "该{label}不属于此客户。": "That {label} is not this customer's.",
    "请填写向客户说明的内容。": "Enter what the customer was told.",
    "请填写处理方案。": "Enter the proposal.",
    "请填写客户满意度评分（1 到 {highest} 分）。": (
        "Enter the customer's satisfaction (1 to {highest})."
    ),
    "重新打开已结案的投诉必须填写原因。": "Reopening a closed complaint needs a reason.",
    "只有已结案的投诉才能重新打开。": "Only a closed complaint can be reopened.",
    "暂停计时必须填写原因（如客户联系不上、等待资料）。": (
        "Pausing the clock needs a reason (customer unreachable, waiting for documents)."
    ),
    "已结案的投诉不能暂停计时。": "A closed complaint's clock cannot be paused.",
    "该投诉已在暂停中。": "This complaint is paused already.",
    "该投诉没有暂停，无需恢复。": "This complaint is not paused.",
    "该投诉已关联客户。": "This complaint is linked to a customer already.",
    "找不到该投诉。": "Complaint not found.",
    # app/services/checkin*.py, rules/mileage.py
    "车架号 {vin} 的校验位不符。部分厂家不使用校验位，请核对后确认登记。": (
        "The check digit of VIN {vin} does not match. Some makers do not use it: check the "
        "VIN, then confirm."
    ),
    "“{typed}”对应多辆车，请输入完整车牌或车架号。": (
        "“{typed}” matches several cars: enter the whole plate or VIN."
    ),
    "没有找到车牌或车架号为“{typed}”的车辆。": "No car with the plate or VIN “{typed}”.",
    "该维修项目不存在。": "Work item not found.",
    "还有追加项目未取得客户同意，请先记录同意或标记为客户拒绝。": (
        "Extra work still awaits the customer's consent: record the consent or mark it "
        "declined first."
    ),
    "请填写更正原因。": "Give the reason for the correction.",
    "里程表读数不正确，请重新输入。": "The odometer reading is not valid: enter it again.",
    "该里程记录不存在。": "Odometer reading not found.",
    "车主不存在或已被删除。": "The owner does not exist or was deleted.",
    "车架号 {vin} 已登记在客户“{name}”名下，不能重复登记。": (
        "VIN {vin} is on file for the customer “{name}”: it cannot be registered twice."
    ),
    "车牌 {plate} 已登记在客户“{name}”名下的另一辆车上。": (
        "The plate {plate} is on file for another car of the customer “{name}”."
    ),
    "质保里程不能为负数。": "The warranty km cannot be negative.",
    "金额应在 0 到 1000 万元之间。": "The amount must be between 0 and 10 million yuan.",
    "油量应在 0% 到 100% 之间。": "The fuel level must be between 0% and 100%.",
    "请选择服务类型。": "Choose the kind of service.",
    "承诺交车时间不能早于接车时间。": "The promised time cannot be before the check-in.",
    "该车已有未交车的维修委托书 {order_no}，请在原委托书上追加项目。": (
        "This car has repair order {order_no} not yet handed over: add the work to it."
    ),
    "该项目不是待客户同意的追加项目。": "This item is not extra work awaiting consent.",
    "维修委托书 {order_no} 已交车，不能再修改项目。": (
        "Repair order {order_no} is handed over: its work can no longer change."
    ),
    "该维修委托书不存在。": "Repair order not found.",
    "维修委托书当前状态为“{current}”，不能改为“{target}”。": (
        "The repair order is “{current}” and cannot become “{target}”."
    ),
    (
        "里程 {km:,} km 低于上次记录的 {previous_km:,} km。"
        "如确属更换仪表或上次录入错误，请填写更正原因后再保存。"
    ): (
        "{km:,} km is below the last reading, {previous_km:,} km. If the odometer was "
        "replaced or the last reading was wrong, give the reason, then save."
    ),
    "距上次到店 {days} 天行驶了 {km:,} km（平均每天超过 {limit:,} km），请核对里程表读数后确认。": (
        "{km:,} km in {days} days since the last visit (over {limit:,} km a day): check "
        "the odometer, then confirm."
    ),
    # app/services/catalogue.py
    "请填写品牌。": "Enter the brand.",
    "请填写车系。": "Enter the series.",
    "请填写车型名称。": "Enter the model's name.",
    "指导价不合理，请核对。": "The list price is not plausible: check it.",
    "首保时间": "First service after (months)",
    "定保间隔时间": "Service every (months)",
    "{what}应在 {low:,} 到 {high:,} 之间，或留空用门店默认。": (
        "{what} must be between {low:,} and {high:,}, or empty for the store's default."
    ),
    "找不到该车型。": "Model not found.",
    "车型“{name}”已在车型库中。": "The model “{name}” is in the catalogue already.",
    "该车型已有车辆、订单或到店记录使用，不能删除。": (
        "Cars, orders or visits use this model: it cannot be deleted."
    ),
    # app/importing/, services/customer_import.py, import_plan.py
    "不支持的文件类型“{kind}”：请选择 .xlsx、.xls 或 .csv 文件。": (
        "Unsupported file type “{kind}”: choose an .xlsx, .xls or .csv file."
    ),
    "找不到文件 {path}。": "File not found: {path}.",
    "无法读取文件 {name}：文件已损坏或不是 Excel 文件（{exc}）。": (
        "Cannot read {name}: the file is damaged or not an Excel file ({exc})."
    ),
    "文件 {file} 中没有名为“{sheet}”的工作表。": "{file} has no sheet named “{sheet}”.",
    "缺少客户姓名。": "No customer name.",
    "姓名过长（最多 60 个字）。": "The name is too long (at most 60 characters).",
    "缺少电话号码。": "No phone number.",
    "电话号码“{first}”含有不是数字的字符。": (
        "The phone number “{first}” holds characters that are not digits."
    ),
    "手机号“{typed}”不是有效的 11 位手机号码。": "“{typed}” is not a valid 11-digit mobile number.",
    "电话号码“{typed}”不完整：固定电话请带区号（如 020-12345678）。": (
        "The phone number “{typed}” is incomplete: give a landline with its area code "
        "(e.g. 020-12345678)."
    ),
    "电话号码“{typed}”位数不对（固定电话：区号 + 7 或 8 位号码）。": (
        "The phone number “{typed}” has the wrong number of digits (landline: area code + "
        "7 or 8 digits)."
    ),
    "缺少日期。": "No date.",
    "日期“{typed}”无法识别（例：2024-03-05）。": (
        "The date “{typed}” is not readable (e.g. 2024-03-05)."
    ),
    "日期“{typed}”不存在。": "The date “{typed}” does not exist.",
    "日期“{typed}”超出范围（1900 至 2099 年）。": (
        "The date “{typed}” is out of range (1900 to 2099)."
    ),
    "性别“{text}”无法识别（男/女/先生/女士/M/F）。": (
        "The gender “{text}” is not readable (男/女/先生/女士/M/F)."
    ),
    "里程“{typed}”不是数字。": "The km “{typed}” is not a number.",
    "里程 {km:,} 不在合理范围（0 至 {most:,} km）。": (
        "{km:,} km is out of range (0 to {most:,} km)."
    ),
    "金额“{typed}”不是数字。": "The amount “{typed}” is not a number.",
    "金额 {amount} 不在合理范围。": "The amount {amount} is out of range.",
    "内容过长（最多 {limit} 个字）。": "Too long (at most {limit} characters).",
    "缺少手机号和车架号：至少填一项，才能识别客户、避免重复导入。": (
        "No mobile and no VIN: at least one is needed to know the customer and not import "
        "them twice."
    ),
    "有车牌但没有车架号：车辆按车架号登记（请补上车架号，或在列对应中忽略车牌列）。": (
        "A plate without a VIN: cars are registered by VIN (add the VIN, or ignore the plate "
        "column in the mapping)."
    ),
    "车架号校验位不符，请核对（有的厂家不用校验位）。": (
        "The VIN's check digit does not match: check it (some makers do not use it)."
    ),
    "有进厂日期但没有里程：这次进厂记录未导入。": (
        "A service date without km: this visit was not imported."
    ),
    "有里程但没有进厂日期：这次进厂记录未导入。": (
        "Km without a service date: this visit was not imported."
    ),
    "没有车架号：进厂记录无法挂到车辆上，未导入。": (
        "No VIN: the visit has no car to belong to and was not imported."
    ),
    "车型不在车型库中：车辆照常导入，车型待补。": (
        "The model is not in the catalogue: the car is imported, its model left to fill in."
    ),
    (
        "在前 50 行中找不到表头（如“姓名”“手机”“车架号”）。请确认选对了工作表，"
        "或在向导中指定表头所在的行。"
    ): (
        "No header row (such as 姓名, 手机, 车架号) in the first 50 rows. Check that this is "
        "the right sheet, or choose the header row in the wizard."
    ),
    "表头行 {chosen} 不在表格的前 {rows} 行之内。": (
        "Header row {chosen} is not within the sheet's first {rows} rows."
    ),
    "未知的字段：{fields}。": "Unknown fields: {fields}.",
    "每个字段只能对应一列：{fields} 对应了多列。": (
        "Each field takes one column: {fields} has several."
    ),
    "导入已取消，没有导入任何数据。": "Import cancelled: nothing was imported.",
    "找不到这批导入。": "Import batch not found.",
    "这批导入（{file_name}）已经撤销过了。": "This import ({file_name}) was undone already.",
    (
        "这批导入的客户中有 {touched} 位在导入后已被修改或有了新的业务记录（接待、订单、维修、"
        "回访、投诉等），不能整批撤销。"
    ): (
        "{touched} customers of this import were edited or have new business since (visits, "
        "orders, repairs, follow-ups, complaints…): the import cannot be undone as a whole."
    ),
    "投诉逾期督办": "Overdue complaint: follow it up",
    "{low:万}-{high:万}万": "¥{low:,}–{high:,}",
    "{low:万}万以上": "over ¥{low:,}",
    "{high:万}万以内": "up to ¥{high:,}",
    # ui/ around app/'s labels
    "%1 元": "¥%1",
    "%1：%2": "%1: %2",
    "（%1）": " (%1)",
    "【%1】": "[%1]",
    "%1按时 %2/%3": "%1 on time %2/%3",
    "%1（%2）": "%1 (%2)",
    "客户：%1": "Customer: %1",
    "受理：%1": "Received: %1",
    "下一时限：%1": "Next deadline: %1",
    "暂停原因：%1": "Paused because: %1",
    "成交价 %1\u3000定金 %2": "Price %1   Deposit %2",
    "预计交车 %1": "Delivery planned %1",
    # app/demo/generate.py
    (
        "数据库中已有 {existing} 位客户。演示数据只写入没有客户的数据库，以免与真实"
        "客户混在一起；请用 --db 指定一个新的数据库文件，或加 --if-empty 跳过。"
    ): (
        "The database already holds {existing} customers. Demo data goes only into a "
        "database without customers, so it never mixes with real ones: give a new database "
        "file with --db, or add --if-empty to skip."
    ),
    # app/services/customer_value.py
    "找不到这位客户，可能已被删除。": "Customer not found; it may have been deleted.",
    "找不到这位顾问，或其账号已停用。": "Advisor not found, or the account is disabled.",
    "{name} 不是服务顾问，不能做专属顾问。": (
        "{name} is not a service advisor and cannot be a dedicated advisor."
    ),
    # app/ appointment errors
    "预约类型“{text}”无效，可选：{names}。": "Invalid kind of work “{text}”; choose from: {names}.",
    "预约渠道“{text}”无效，可选：{names}。": (
        "Invalid booking channel “{text}”; choose from: {names}."
    ),
    "顾问下班时间必须晚于上班时间。": "The advisors' end of day must be after their start.",
    "午休时间必须在顾问上下班时间之内，且开始早于结束。": (
        "The lunch break must lie within the advisors' hours and start before it ends."
    ),
    "该预约不是这辆车的，请重新选择车辆。": (
        "This booking is for another car: choose the car again."
    ),
    "该回访任务已被其他工作站处理，请刷新后再预约。": (
        "This follow-up was handled at another workstation: refresh, then book again."
    ),
    "只有保养、召回、未回厂和未做项目的回访可以直接预约。": (
        "Only maintenance, recall, not-back and declined-work follow-ups can be booked directly."
    ),
    "找不到在职的服务顾问“{name}”。": "No active service advisor “{name}”.",
    "该文件不是预约照片。": "This file is not a booking photo.",
    "该预约{status}，不能取消。": "The booking's status is {status}: it cannot be cancelled.",
    "每个预约最多 {most} 张照片。": "A booking can have at most {most} photos.",
    "照片“{name}”": "The photo “{name}”",
    "该预约{status}，不能再登记到店。": (
        "The booking's status is {status}: its arrival cannot be recorded."
    ),
    "这是 {day:%m-%d} 的预约，不是今天的，请改约后再登记。": (
        "This booking is for {day:%m-%d}, not today: move it first, then record the arrival."
    ),
    "预计时长应在 10 到 {most} 分钟之间。": "The expected time must be 10 to {most} minutes.",
    "预约时间不能早于现在。": "The booking time cannot be in the past.",
    "所选员工不是在职的服务顾问。": "The chosen staff member is not an active service advisor.",
    ("Errors", "预约"): "The booking",
    ("Appointments", "到店"): "Walk-in",  # the channel (not the arrival), in {names} above
    "该预约{status}，不能再修改。": (
        "The booking's status is {status}: it can no longer be changed."
    ),
    "一次最多查看 {days} 天的预约。": "At most {days} days of bookings can be shown at once.",
    "找不到该预约。": "Booking not found.",
    "文件“{name}”不在数据库中，无法打开。": (
        "The file “{name}” is not in the database and cannot be opened."
    ),
    "无法保存文件到 {folder}：{strerror}，本次操作未保存。": (
        "Cannot save the file to {folder}: {strerror}. Nothing was saved."
    ),
    "找不到文件“{name}”（{path}），可能被移动或删除了。": (
        "The file “{name}” ({path}) is missing; it may have been moved or deleted."
    ),
    "文件“{name}”（{path}）已被改动，与保存时不一致。": (
        "The file “{name}” ({path}) was changed after it was saved."
    ),
    "不是图片文件，请选择 JPG、PNG、GIF、BMP 或 WEBP 格式的照片。": (
        "Not a picture: choose a JPG, PNG, GIF, BMP or WEBP photo."
    ),
    "不是 PDF 文件。": "Not a PDF file.",
    "{what}是空的。": "{what} is empty.",
    "{what}太大（{size:.1f} MB），上限为 {limit:g} MB，请压缩后再上传。": (
        "{what} is too large ({size:.1f} MB); the limit is {limit:g} MB: compress it, "
        "then upload it again."
    ),
    "该文件不存在或已被删除。": "The file does not exist or was deleted.",
    "交车结算后才能生成电子维修档案。": (
        "The repair record can be made only after the handover and settlement."
    ),
    "无法读取刚生成的维修档案 {path}：{strerror}": (
        "Cannot read the repair record just written, {path}: {strerror}"
    ),
    "维修档案文件过大，未保存。": "The repair record file is too large; it was not kept.",
    # app/rules/segment_fields.py, app/rules/segments.py, app/services/segments.py
    "年龄": "Age",
    "忠诚度": "Loyalty",
    "客户类别": "Customer kind",
    "未到店天数": "Days since last visit",
    "RFM分层": "RFM tier",
    "高价值客户": "High-value customer",
    "年消费": "Spend this year",
    "同意接收": "Accepts",
    "购车年份": "Purchase year",
    "保修到期": "Warranty ends",
    "年检到期": "Inspection due",
    "筛选条件第 {position} 个字符处的引号没有结束。": (
        "Filter, character {position}: the quotation mark is not closed."
    ),
    "筛选条件在结尾处不完整（第 {position} 个字符）。": (
        "The filter is incomplete at its end (character {position})."
    ),
    "筛选条件第 {position} 个字符处的“{word}”放错了位置。": (
        "Filter, character {position}: “{word}” is out of place."
    ),
    "筛选条件第 {position} 个字符处的括号没有闭合。": (
        "Filter, character {position}: the bracket is not closed."
    ),
    "筛选条件第 {position} 个字符处的“{word}”不是可筛选的字段。": (
        "Filter, character {position}: “{word}” is not a field you can filter on."
    ),
    "筛选条件第 {position} 个字符处应为比较符号（= != < <= > >= in），而不是“{word}”。": (
        "Filter, character {position}: expected a comparison (= != < <= > >= in), "
        "not “{word}”."
    ),
    "筛选条件第 {position} 个字符处：“{field}”不能用“{word}”比较。": (
        "Filter, character {position}: “{field}” cannot be compared with “{word}”."
    ),
    "筛选条件第 {position} 个字符处的“{word}”不是“{field}”的取值，可选：{choices}。": (
        "Filter, character {position}: “{word}” is not a value of “{field}”; "
        "choose from: {choices}."
    ),
    "筛选条件第 {position} 个字符处的“{word}”不是整数。": (
        "Filter, character {position}: “{word}” is not a whole number."
    ),
    "筛选条件第 {position} 个字符处的“{word}”不是日期（例如 2026-01-31）。": (
        "Filter, character {position}: “{word}” is not a date (e.g. 2026-01-31)."
    ),
    "找不到名为“{name}”的客户筛选。": "There is no saved filter named “{name}”.",
    "筛选名称不能为空，最长 {length} 个字。": (
        "A filter's name cannot be empty and has at most {length} characters."
    ),
    # ui/segments/
    "且": "and",
    "或": "or",
    "客户筛选": "Customer filter",
    "载入": "Load",
    "删除已保存": "Delete saved",
    "添加条件": "Add condition",
    "例如：性别=女 且 品牌=大众 且 购车年份>=2021": (
        "e.g. gender=female and age>=30 and purchase_year>=2021"
    ),
    "筛选名称": "Filter name",
    "保存筛选": "Save filter",
    "创建活动邀约…": "Create campaign invitations…",
    "已保存的筛选": "Saved filters",
    "符合条件：%n 位客户": ("%n customer matches", "%n customers match"),
    "已保存。": "Saved.",
    "这个筛选含括号、“非”或“属于”，请在文字框中修改。": (
        "This filter has brackets, “not” or “in”: edit it in the text box."
    ),
    "价值": "Value",
    # the managers' board: ui/board/, app/settings.py (board.*), the tab in ui/main_window.py
    "经营看板": "Managers' board",
    "经营看板统计天数": "Board: days counted",
    "经营看板：未来几天内到期保养": "Board: maintenance due within",
    "日报 PDF": "Daily report PDF",
    "正在统计…": "Counting…",
    "%1 的数据": "Figures of %1",
    "%1：共 %2 条（按 C 打开客户全景）": "%1: %2 rows (C opens the customer 360°)",
    "正在查询…": "Looking it up…",
    "客户投诉（按类别）": "Complaints by class",
    "近 %1 天：2 小时内响应 %2 件，超时 %3 件": (
        "Last %1 days: %2 answered within 2 hours, %3 late"
    ),
    "不回厂客户": "Customers not back",
    "%1 个月以上": "%1+ months",
    "%1–%2 个月": "%1–%2 months",
    "回访：逾期未做（按负责人）": "Follow-ups overdue, by owner",
    "当日到期 %1\u3000当日完成 %2\u3000逾期 %3": "Due that day %1   Done that day %2   Overdue %3",
    "%1 的逾期回访": "Overdue follow-ups of %1",
    "本周重点客户（按顾问）": "Key customers this week, by consultant",
    "本周重点客户（%1）": "Key customers (%1)",
    "售后进厂与保养到期": "Service visits and maintenance due",
    "当日进厂": "Cars in that day",
    "未来 %1 天到期保养": "Maintenance due in %1 days",
    "当日交车 %1\u3000近 %2 天进厂 %3": "Handed over that day %1   Cars in, last %2 days %3",
    "展厅客流与成交": "Showroom traffic and orders",
    "当日接待": "Walk-ins that day",
    "当日成交": "Orders that day",
    "成交率 %1": "Conversion %1",
    "%1 接待": "Walk-ins of %1",
    "客户价值与忠诚": "Customer value and loyalty",
    "销售忠诚客户 %1\u3000售后忠诚客户 %2": "Sales-loyal %1   After-sales-loyal %2",
    # campaigns (app/rules/campaigns.py, app/services/campaigns.py, ui/campaigns/)
    "活动邀约": "Event invitation",
    ("MainWindow", "活动邀约"): "Campaigns",
    "特殊天气提醒": "Weather notice",
    "待回复": "Pending",
    "接受": "Accepted",
    "谢绝": "Declined",
    "未联系上": "Not reached",
    "拒绝营销": "refused marketing",
    "拒绝服务提醒": "refused service reminders",
    "已邀约 %1 人；未邀约：%2 %3 人，无手机号 %4 人。": (
        "Invited %1; left out: %2 %3, no mobile %4."
    ),
    "活动消息不能使用占位符“{{{name}}}”，可用的占位符：{allowed}。": (
        "A campaign message cannot use the placeholder “{{{name}}}”; available: {allowed}."
    ),
    "请填写活动名称。": "Enter the campaign's name.",
    "活动邀约请填写活动时间。": "An event invitation needs the event's date and time.",
    "邀约日期应在今天和活动日期之间。": "The calls must be due between today and the event.",
    "找不到该活动。": "Campaign not found.",
    "邀约结果“{rsvp}”无效。": "The answer “{rsvp}” is not valid.",
    "找不到该邀约。": "Invitation not found.",
    "新建（全部客户）": "New (all customers)",
    "还没有活动。点“新建（全部客户）”邀约所有客户，或在“客户筛选”中选出客户后点“创建活动邀约…”。": (
        "No campaigns yet. Click “New (all customers)” to invite every customer, or choose"
        " customers in “Customer filter” and click “Create campaign invitations…”."
    ),
    "客户回复：": "Customer's answer:",
    "邀约名单": "Invitation list",
    "已记录回复。": "Answer recorded.",
    "全部客户": "All customers",
    "导出邀约名单": "Export the invitation list",
    "新建活动邀约": "New campaign",
    "生成名单和回访任务": "Make the list and the calls",
    "客户群": "Segment",
    "活动时间": "Event time",
    "地点": "Place",
    "邀约日期": "Calls due",
    "预览": "Preview",
    "正在生成名单……": "Making the list…",
    "活动": "Campaign",
    "邀约": "Invited",
    "未邀约": "Left out",
    "回复率": "Response",
    "客服组": "Customer service",
    "回复": "Answer",
    "回复时间": "Answered",
    "（未答复）": "(no answer yet)",
    "邀约回复": "Invitation answer",
    "活动邀约名单": "Campaign invitation",
    # ui/due_list/dialog.py, app/rules/due_list.py, app/services/due_list.py (月底应到未到)
    "月底应到未到…": "Due this month, not come…",
    "月底应到未到": "Due this month, not come",
    "导出 Excel…": "Export to Excel…",
    "应到日期": "Due on",
    "应到里程": "Due at (km)",
    "上次到店": "Last visit",
    "本月应到未到": "Due this month, not come",
    "上月应到未到": "Due last month, not come",
    "上月应到未到（召回）": "Due last month, not come (recall)",
    "各顾问名下车辆数": "Cars per advisor",
    "按 C 打开所选客户的客户全景。": "Press C to open the chosen customer's 360° card.",
    "本月应到未到 (%1)": "Due this month, not come (%1)",
    "上月应到未到（召回） (%1)": "Due last month, not come: recall (%1)",
    "导出月底应到未到": "Export the due list",
    "正在导出…": "Exporting…",
    "正在读取…": "Reading…",
    "月份“{text}”格式不对，应为 2026-12 这样的年-月。": (
        "The month “{text}” is not in the right form: year-month, such as 2026-12."
    ),
    "找不到服务顾问“{name}”。": "No service advisor named “{name}”.",
    "月底应到未到名单由服务顾问、客服、预约专员、总监和店长查看。": (
        "The due list is read by service advisors, customer service, appointment officers, "
        "directors and the store manager."
    ),
    "服务顾问只能查看自己名下客户的月底应到未到名单。": (
        "A service advisor reads the due list of their own customers only."
    ),
    "二保": "Second service",
    "三保": "Third service",
    "定保": "Regular service",
    "月底应到未到：当月前多少天内到过店视为已到": (
        "Due list: a visit this many days before the month counts as come"
    ),
    # app/rules/seasonal.py, app/rules/reminders.py, ui/calendar/rule_editor.py (季节提醒)
    "季节日期“{text}”格式不对，应为 11-15 这样的月-日。": (
        "The season's day “{text}” is not in the right form: month-day, such as 11-15."
    ),
    "入冬防冻液与暖风检查": "Antifreeze and heating check before winter",
    "入冬轮胎检查": "Tyre check before winter",
    "入夏空调检查": "Air-conditioning check before summer",
    "雨季雨刮与刹车检查": "Wipers and brakes before the rainy season",
    "季节提醒：最近多少个月内到过店的车辆": (
        "Seasonal checks: cars that came in within the last (months)"
    ),
    "季节提醒已生成的季节": "Seasons whose checks were made",
    "季节日期": "Season's day",
    "月-日，如 11-15（仅季节提醒）": "month-day, e.g. 11-15 (seasonal checks only)",
}
