"""English for the UI's Chinese source strings: scripts/update_translations.py writes these
into resources/translations/dealerdesk_en.ts and compiles the .qm.

Keys are the exact source strings of tr()/translate() (placeholders %1, %2 … kept);
one English text per Chinese text, whatever the context. Keep groups in file order.
"""

from __future__ import annotations

ENGLISH: dict[str, str] = {
    # ui/main_window.py
    "DealerDesk 4S 店前台": "DealerDesk dealership front desk",
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
    "DealerDesk 遇到意外错误，已记录到日志。已保存的数据不受影响。": (
        "DealerDesk hit an unexpected error and wrote it to the log. "
        "Data already saved is not affected."
    ),
    # ui/backups.py
    "已自动备份：%1": "Automatic backup made: %1",
    # ui/reception/tab.py
    "登记到店": "Register arrival",
    "清空": "Clear",
    "登记离店": "Register departure",
    "离店时间": "Departure time",
    "已登记到店（接待单号 %1）。": "Arrival registered (visit no. %1).",
    "可能重复的客户": "Possible duplicate customer",
    "选择“是”新建客户；选择“否”从列表中选择已有客户。": (
        "Choose “Yes” to create a new customer; “No” to pick an existing one from the list."
    ),
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
}
