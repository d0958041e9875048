"""The Chinese material the demo store is made of: names, places, cars, words.

Plain tables only; app.demo.people and the story modules draw from them. The store is
a dealer group's showroom in Shenzhen (粤B) selling several makes, so the VINs cover
several world manufacturer identifiers (WMI).
"""

from __future__ import annotations

from typing import NamedTuple

# Surnames with their approximate share of the population (per mille), most common first.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 71), ("李", 70), ("张", 67), ("刘", 54), ("陈", 45), ("杨", 31), ("黄", 23),
    ("赵", 23), ("吴", 20), ("周", 19), ("徐", 13), ("孙", 13), ("马", 12), ("朱", 11),
    ("胡", 10), ("郭", 10), ("何", 9), ("林", 9), ("高", 9), ("罗", 8), ("郑", 8),
    ("梁", 7), ("谢", 6), ("宋", 6), ("唐", 6), ("许", 5), ("韩", 5), ("冯", 5),
    ("邓", 5), ("曹", 5), ("彭", 5), ("曾", 4.5), ("肖", 4.5), ("田", 4), ("董", 4),
    ("袁", 4), ("潘", 4), ("于", 4), ("蒋", 4), ("蔡", 4), ("余", 4), ("杜", 3.5),
    ("叶", 3.5), ("程", 3.5), ("苏", 3.5), ("魏", 3.5), ("吕", 3.5), ("丁", 3.5),
    ("任", 3), ("沈", 3), ("姚", 3), ("卢", 3), ("姜", 3), ("崔", 3), ("钟", 3),
    ("谭", 3), ("陆", 3), ("汪", 2.5), ("范", 2.5), ("金", 2.5), ("石", 2.5),
    ("廖", 2.5), ("贾", 2.5), ("夏", 2.5), ("韦", 2.5), ("付", 2.5), ("方", 2.5),
    ("白", 2), ("邹", 2), ("孟", 2), ("熊", 2), ("秦", 2), ("邱", 2), ("江", 2),
    ("尹", 2), ("薛", 2), ("闫", 2), ("段", 2), ("雷", 2), ("侯", 2), ("龙", 2),
    ("史", 2), ("陶", 1.5), ("黎", 1.5), ("贺", 1.5), ("顾", 1.5), ("毛", 1.5),
    ("郝", 1.5), ("龚", 1.5), ("邵", 1.5), ("万", 1.5), ("钱", 1.5), ("严", 1.5),
    ("覃", 1), ("武", 1), ("戴", 1), ("莫", 1), ("孔", 1), ("向", 1), ("汤", 1),
    ("区", 0.3), ("单", 0.3), ("解", 0.2), ("查", 0.2), ("翟", 0.3), ("欧阳", 0.5),
    ("上官", 0.05), ("司马", 0.05), ("诸葛", 0.05),
)  # fmt: skip

MALE_GIVEN_NAMES: tuple[str, ...] = (
    "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏",
    "华", "飞", "鑫", "波", "斌", "宇", "浩", "凯", "健", "俊", "帆", "帅", "旭", "宁",
    "龙", "林", "阳", "建华", "建国", "志强", "志明", "俊杰", "子轩", "浩然", "宇航",
    "家豪", "文博", "晓东", "海涛", "国强", "永刚", "振华", "天宇", "博文", "一鸣",
    "子豪", "明轩", "俊熙", "睿", "嘉懿", "建军", "卫东", "德明", "立新", "晓峰",
    "志刚", "文杰", "浩宇", "思远", "鹏飞", "泽宇", "宏伟", "晨阳", "少华", "锦程",
)  # fmt: skip

FEMALE_GIVEN_NAMES: tuple[str, ...] = (
    "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "婷", "雪", "慧", "颖", "琳", "玲",
    "倩", "晶", "燕", "洁", "萍", "红", "秀英", "桂英", "佳怡", "欣怡", "梓涵", "雨桐",
    "诗涵", "子涵", "可馨", "思琪", "晓燕", "丽华", "美玲", "雅婷", "海燕", "春梅",
    "文静", "晓雯", "婉清", "若曦", "欣然", "梦瑶", "紫萱", "嘉欣", "慧敏", "巧玲",
    "玉兰", "凤英", "淑珍", "丹丹", "璐", "瑶", "悦", "楠", "莉", "琪", "晓丽", "秋月",
)  # fmt: skip

# Shenzhen districts with the area part (first six digits) of a resident ID number.
DISTRICTS: tuple[tuple[str, str], ...] = (
    ("福田区", "440304"), ("罗湖区", "440303"), ("南山区", "440305"), ("宝安区", "440306"),
    ("龙岗区", "440307"), ("龙华区", "440309"), ("光明区", "440311"), ("坪山区", "440310"),
    ("盐田区", "440308"),
)  # fmt: skip
DISTRICT_WEIGHTS = (14, 8, 15, 20, 20, 12, 4, 4, 3)

STREETS: tuple[str, ...] = (
    "深南大道", "北环大道", "滨海大道", "宝安大道", "龙岗大道", "梅林路", "华强北路",
    "科技园路", "布吉路", "民治大道", "新湖路", "创业路", "沙河西路", "红荔路", "福华路",
    "留仙大道", "坂田大道", "石岩路", "松白路", "前进路",
)  # fmt: skip

COMPANY_TRADE_NAMES: tuple[str, ...] = (
    "鹏达", "华信", "宏远", "恒通", "顺捷", "安泰", "博瑞", "鑫盛", "中恒", "锦华",
    "永泰", "嘉禾", "瑞丰", "长盛", "金桥", "海川", "正和", "远航", "德润", "天成",
)  # fmt: skip
COMPANY_TRADES: tuple[str, ...] = (
    "物流", "贸易", "科技", "建筑工程", "汽车租赁", "电子", "餐饮管理", "物业管理",
    "供应链", "实业",
)  # fmt: skip
USED_CAR_TRADES: tuple[str, ...] = ("二手车经纪", "二手车交易", "汽车贸易")

OCCUPATIONS: tuple[str, ...] = (
    "企业职员", "教师", "医生", "公务员", "个体经营者", "软件工程师", "销售", "财务",
    "律师", "自由职业", "退休", "设计师", "护士", "工程师", "企业主", "外卖骑手",
)  # fmt: skip
HOBBIES: tuple[str, ...] = (
    "自驾游", "摄影", "钓鱼", "跑步", "羽毛球", "露营", "读书", "美食", "高尔夫", "健身",
    "骑行", "音乐", "茶艺",
)  # fmt: skip

# The reception form's own source channels (ui/reception/walk_in_form.py), with shares.
SOURCE_CHANNELS: tuple[tuple[str, int], ...] = (
    ("自然到店", 32), ("电话邀约", 14), ("网络线索", 30), ("老客户介绍", 12),
    ("车展活动", 7), ("其他", 5),
)  # fmt: skip
REFERRAL_SOURCE = "老客户介绍"
RETURN_VISIT_SOURCES: tuple[str, ...] = ("电话邀约", "自然到店")

# Reception form keys (ui/reception/walk_in_form.py `priorities`).
PRIORITIES: tuple[str, ...] = ("space", "power", "economy", "safety", "looks", "price")
VEHICLE_USES: tuple[tuple[str, int], ...] = (("family", 70), ("business", 20), ("luxury", 10))

# Intent levels at a visit (settings "sales.intent_levels"): codes with shares.
VISIT_LEVELS: tuple[tuple[str, int], ...] = (("H", 12), ("A", 18), ("B", 25), ("C", 25), ("N", 20))
CLOSING_LEVELS: tuple[str, ...] = ("H", "H", "A")
COLD_LEVELS: tuple[str, ...] = ("C", "N")

TEST_DRIVE_ROUTES: tuple[str, ...] = (
    "城市道路线（约 8 公里）", "快速路线（约 15 公里）", "综合路况线（约 12 公里）",
)  # fmt: skip
TEST_DRIVE_FEEDBACK: tuple[str, ...] = (
    "动力够用，底盘扎实，比较满意。", "后排空间宽敞，家人很喜欢。", "隔音一般，高速有风噪。",
    "转向轻，适合市区开。", "刹车脚感偏软，想再对比一下。", "座椅舒服，车机反应快。",
    "加速很快，续航还想再了解。", "油耗表现不错，外观偏保守。",
)  # fmt: skip
VISIT_NOTES: tuple[str, ...] = (
    "带家人一起看车，重点关注安全配置。", "在对比同级别其他品牌。", "想等周末活动再定。",
    "有旧车想置换，已约评估。", "关心贷款方案和月供。", "对颜色有要求，询问现车。",
)  # fmt: skip

# Words for the loss reasons that need them (settings "sales.loss_reasons").
LOSS_TEXTS: dict[str, tuple[str, ...]] = {
    "competitor": ("比亚迪 汉", "特斯拉 Model 3", "丰田 凯美瑞", "吉利 星越L", "理想 L6",
                   "小鹏 G6", "别克 君威"),
    "other": ("家人意见不一致", "等待新款上市", "提车周期太长", "在其他经销商购买了同款"),
}  # fmt: skip


class ModelSpec(NamedTuple):
    brand: str
    series: str
    guide_price: int  # yuan
    wmi: str
    vds: str  # VIN positions 4-8
    plant: str  # VIN position 11
    energy: str | None  # None: fuel; "D": battery electric; "F": plug-in hybrid
    popularity: int


CAR_MODELS: tuple[ModelSpec, ...] = (
    ModelSpec("上汽大众", "朗逸", 119_900, "LSV", "AB41C", "N", None, 16),
    ModelSpec("上汽大众", "帕萨特", 209_900, "LSV", "CA73H", "N", None, 9),
    ModelSpec("上汽大众", "途观L", 219_900, "LSV", "US63G", "A", None, 9),
    ModelSpec("上汽大众", "ID.4 X", 199_900, "LSV", "UE6E2", "A", "D", 6),
    ModelSpec("一汽-大众", "速腾", 149_900, "LFV", "2A1C6", "3", None, 12),
    ModelSpec("一汽-大众", "迈腾", 199_900, "LFV", "3A2F8", "3", None, 9),
    ModelSpec("一汽-大众", "探岳", 209_900, "LFV", "3B5FS", "5", None, 7),
    ModelSpec("一汽-大众", "ID.4 CROZZ", 199_900, "LFV", "5E4E1", "5", "D", 5),
    ModelSpec("东风日产", "轩逸", 109_900, "LGB", "H6EE4", "W", None, 14),
    ModelSpec("广汽本田", "雅阁", 179_800, "LHG", "CV165", "0", None, 8),
    ModelSpec("广汽本田", "极湃1", 175_900, "LHG", "EN1E7", "0", "D", 3),
    ModelSpec("长安福特", "锐际", 179_800, "LVS", "HFAE2", "C", None, 4),
    ModelSpec("华晨宝马", "3系", 299_900, "LBV", "5U904", "A", None, 6),
    ModelSpec("华晨宝马", "iX3", 399_900, "LBV", "1H215", "B", "D", 3),
    ModelSpec("华晨宝马", "530Le", 499_900, "LBV", "7A516", "B", "F", 2),
)

TRIMS: tuple[str, ...] = ("舒适版", "豪华版", "旗舰版", "尊贵版", "运动版")
COLOURS: tuple[str, ...] = (
    "珍珠白", "极地白", "曜石黑", "星空灰", "冰川蓝", "宝石红", "香槟金", "月光银",
)  # fmt: skip
LOAN_BANKS: tuple[str, ...] = (
    "中国工商银行", "中国建设银行", "招商银行", "平安银行", "大众汽车金融", "宝马汽车金融",
)  # fmt: skip
LOAN_TERMS: tuple[int, ...] = (12, 24, 36, 60)
DEPOSITS: tuple[int, ...] = (5_000, 10_000, 20_000)

# VIN position 10: the model year.
MODEL_YEAR_CODES = {2010: "A", 2011: "B", 2012: "C", 2013: "D", 2014: "E", 2015: "F",
                    2016: "G", 2017: "H", 2018: "J", 2019: "K", 2020: "L", 2021: "M",
                    2022: "N", 2023: "P", 2024: "R", 2025: "S", 2026: "T", 2027: "V",
                    2028: "W", 2029: "X", 2030: "Y"}  # fmt: skip

# Plates: the store is in Shenzhen (粤B); neighbours and other provinces come too.
LOCAL_PLATE_PREFIXES: tuple[tuple[str, int], ...] = (
    ("粤B", 800), ("粤A", 30), ("粤S", 30), ("粤E", 20), ("粤L", 20), ("粤M", 10),
    ("湘A", 15), ("赣A", 10), ("鄂A", 10), ("川A", 10), ("桂A", 10), ("豫A", 10),
    ("闽D", 8), ("京A", 5), ("沪A", 5), ("浙A", 5), ("苏E", 5), ("黑A", 2), ("新A", 1),
)  # fmt: skip
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

# Mobile prefixes of the three carriers, weighted by how common they are.
MOBILE_PREFIXES: tuple[tuple[str, int], ...] = (
    ("138", 9), ("139", 9), ("135", 7), ("136", 7), ("137", 7), ("150", 5), ("151", 5),
    ("152", 4), ("158", 5), ("159", 5), ("182", 4), ("183", 3), ("187", 4), ("188", 4),
    ("130", 3), ("131", 3), ("132", 3), ("155", 3), ("156", 3), ("185", 3), ("186", 5),
    ("176", 2), ("166", 2), ("133", 3), ("153", 2), ("180", 3), ("181", 3), ("189", 4),
    ("177", 2), ("173", 1), ("199", 2), ("198", 1),
)  # fmt: skip

DRIVING_HABITS: tuple[tuple[str, float, int], ...] = (
    # usual environment, typical km a day, share
    ("城市通勤", 35, 60), ("城郊往返", 65, 25), ("高速长途", 120, 10), ("偶尔用车", 12, 5),
)  # fmt: skip
# A company's cars (logistics, car rental, ride-hailing) work all day.
FLEET_HABITS: tuple[tuple[str, float, int], ...] = (
    ("城市营运", 180, 50), ("城际物流", 260, 30), ("城市通勤", 60, 20),
)  # fmt: skip

SERVICE_TYPES: tuple[tuple[str, int], ...] = (
    ("maintenance", 70), ("repair", 17), ("warranty", 6), ("accident", 6), ("recall", 1),
)  # fmt: skip

# A work item: description, labour (yuan, low-high), parts (yuan, low-high).
Item = tuple[str, tuple[int, int], tuple[int, int]]
FREE = (0, 0)
MAINTENANCE_WORDS: tuple[str, ...] = ("按时保养。", "保养，顺便检查空调。", "保养，更换雨刮片。")
MAINTENANCE_ITEMS: tuple[Item, ...] = (
    ("更换机油及机油滤清器", FREE, (300, 800)), ("保养工时及常规检查", (120, 260), FREE),
)  # fmt: skip
MAINTENANCE_EXTRAS: tuple[tuple[Item, float], ...] = (  # with the share of visits having it
    (("更换空气滤清器", FREE, (80, 220)), 0.15), (("更换空调滤芯", FREE, (90, 260)), 0.15),
    (("更换刹车油", (80, 150), (120, 260)), 0.06), (("更换火花塞", (100, 200), (180, 520)), 0.04),
    (("四轮定位", (180, 300), FREE), 0.05), (("更换雨刮片", FREE, (80, 220)), 0.05),
)  # fmt: skip
# Other visits: what the customer says, and the work it takes. Warranty and recall work
# is paid by the maker: nothing for the customer to pay.
JOBS: dict[str, tuple[tuple[str, tuple[Item, ...]], ...]] = {
    "repair": (
        ("刹车有异响。", (("更换前刹车片", (150, 300), (380, 900)),)),
        ("仪表盘故障灯亮。", (("故障诊断", (100, 200), FREE),
                              ("更换氧传感器", (150, 250), (420, 1100)))),
        ("空调制冷效果差。", (("空调系统检测及加注冷媒", (150, 300), (120, 300)),)),
        ("车门密封条漏风。", (("更换车门密封条", (80, 150), (160, 420)),)),
    ),
    "warranty": (
        ("中控屏偶尔黑屏。", (("中控主机软件升级（质保）", FREE, FREE),)),
        ("车窗升降卡顿。", (("更换玻璃升降器（质保）", FREE, FREE),)),
        ("发动机怠速抖动。", (("清洗节气门（质保）", FREE, FREE),
                              ("更换点火线圈（质保）", FREE, FREE))),
    ),
    "accident": (
        ("前保险杠刮擦。", (("前保险杠钣金喷漆", (600, 1500), (300, 900)),)),
        ("追尾事故，后部钣喷。", (("更换后保险杠", (300, 600), (1800, 4500)),
                                  ("后围钣金喷漆", (1200, 3000), (400, 1200)))),
        ("倒车碰到立柱，左后门凹陷。", (("左后门钣金喷漆", (900, 2200), (300, 800)),)),
    ),
    "recall": (
        ("厂家召回：更换燃油泵。", (("召回：更换燃油泵", FREE, FREE),)),
        ("厂家召回：软件升级。", (("召回：发动机控制软件升级", FREE, FREE),)),
    ),
}  # fmt: skip
# Work the advisor suggests on the way (the customer agrees, declines, or is asked).
SUGGESTED_ITEMS: tuple[Item, ...] = (
    ("更换前刹车片", (150, 300), (380, 900)), ("更换蓄电池", (50, 100), (450, 1200)),
    ("轮胎换位", (80, 150), FREE), ("清洗喷油嘴", (150, 300), (80, 200)),
)  # fmt: skip
LONG_TRIP_CHECK_LABOUR = (0, 80)
CONSENT_NOTES: tuple[str, ...] = ("电话确认同意", "客户在休息区当面确认", "微信确认同意")

# The consultant's next step for a key customer (重点客户), as the Monday list says it.
NEXT_STEPS: tuple[str, ...] = (
    "周末邀约试驾", "发送报价及金融方案", "跟进贷款审批", "邀约到店签单", "安排二手车评估",
    "确认现车颜色", "邀请家人一起到店",
)  # fmt: skip

# What customers say, per complaint class (settings "complaints.classes"), and which
# department answers. The causes come from the setting "complaints.causes".
COMPLAINT_CONTENT: dict[str, tuple[str, tuple[str, ...]]] = {
    "product_quality": ("售后服务部", (
        "新车开了不到三个月车机频繁死机。", "车辆行驶中有异响，来店两次没有解决。")),
    "after_sales_service": ("售后服务部", (
        "保养等了四个小时，比承诺晚了很久。", "维修后问题依旧，希望给个说法。")),
    "sales_service": ("销售部", (
        "交车时承诺的装饰没有装。", "交车时间比合同晚了两周，没人主动说明。")),
    "price": ("销售部", (
        "保养费用比电话报价高，没有提前说明。", "购车后不久同款车降价很多。")),
    "other": ("客服部", ("回访电话打得太频繁。", "停车场车位太少，来店不方便。")),
}  # fmt: skip
ABOUT_THE_SALE = ("sales_service", "price", "other")  # what a customer without a car can raise
COMPLAINT_CHANNELS: tuple[str, ...] = ("phone", "in_person", "online", "email")
COMPLAINT_REPLIES: tuple[str, ...] = (
    "已致电客户致歉并了解详细情况。", "提出免费检修并赠送一次保养。",
    "复查后更换相关部件，客户表示认可。", "退还多收费用并说明收费明细。",
)  # fmt: skip

# Every demo staff member signs in with their pinyin name (唐国强: tangguoqiang) and this.
DEMO_PASSWORD = "demo-2026"

STAFF: dict[str, tuple[str, ...]] = {
    "receptionist": ("林晓敏", "陈佳怡", "黄雨桐"),
    "sales_consultant": (
        "张伟",
        "李娜",
        "王磊",
        "刘洋",
        "陈静",
        "杨帆",
        "赵鹏",
        "周婷",
        "吴俊杰",
        "郑浩然",
    ),
    "sales_director": ("孙志强",),
    "service_advisor": ("马建国", "朱海涛", "胡晓东", "郭振华", "何文博", "罗丽华"),
    "customer_service": ("梁慧敏", "谢雅婷", "宋可馨"),
    "store_manager": ("唐国强",),
    "appointment_officer": ("许静怡",),  # 预约专员 (last: the others keep their ids)
}
