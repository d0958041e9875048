"""What the audit trail's records and fields are called at the desk.

The trail keeps the database's own names (sales_orders, insurance_expiry); the manager
reads 订单 and 保险到期. Declared here once, marked for translation where declared
(context "AuditLabels"); the window looks them up with
QCoreApplication.translate("AuditLabels", label). A name missing here shows as stored.
"""

from __future__ import annotations

from .i18n import QT_TRANSLATE_NOOP
from .settings import SPECS

CONTEXT = "AuditLabels"


ENTITY_LABELS: dict[str, str] = {
    "customers": QT_TRANSLATE_NOOP("AuditLabels", "客户"),
    "customer": QT_TRANSLATE_NOOP("AuditLabels", "客户"),
    "vehicles": QT_TRANSLATE_NOOP("AuditLabels", "车辆"),
    "car_models": QT_TRANSLATE_NOOP("AuditLabels", "车型"),
    "car_configurations": QT_TRANSLATE_NOOP("AuditLabels", "车型配置"),
    "car_colours": QT_TRANSLATE_NOOP("AuditLabels", "车身颜色"),
    "showroom_visits": QT_TRANSLATE_NOOP("AuditLabels", "到店接待"),
    "sales_orders": QT_TRANSLATE_NOOP("AuditLabels", "订单"),
    "deliveries": QT_TRANSLATE_NOOP("AuditLabels", "交车"),
    "service_visits": QT_TRANSLATE_NOOP("AuditLabels", "维修委托书"),
    "work_items": QT_TRANSLATE_NOOP("AuditLabels", "维修项目"),
    "complaints": QT_TRANSLATE_NOOP("AuditLabels", "投诉"),
    "staff_users": QT_TRANSLATE_NOOP("AuditLabels", "员工账号"),
    "staff": QT_TRANSLATE_NOOP("AuditLabels", "员工账号"),
    "settings": QT_TRANSLATE_NOOP("AuditLabels", "系统设置"),
    "store_logo": QT_TRANSLATE_NOOP("AuditLabels", "门店标志"),
    "follow_up_tasks": QT_TRANSLATE_NOOP("AuditLabels", "回访任务"),
    "import_batches": QT_TRANSLATE_NOOP("AuditLabels", "导入批次"),
    "key_customers": QT_TRANSLATE_NOOP("AuditLabels", "重点客户管理表"),
    "campaigns": QT_TRANSLATE_NOOP("AuditLabels", "活动邀约"),
    "campaign_invitations": QT_TRANSLATE_NOOP("AuditLabels", "活动邀约名单"),
}

# A field's name is the same thing in every table, but for these.
FIELD_LABELS_BY_ENTITY: dict[tuple[str, str], str] = {
    ("customers", "name"): QT_TRANSLATE_NOOP("AuditLabels", "姓名"),
    ("staff_users", "name"): QT_TRANSLATE_NOOP("AuditLabels", "姓名"),
    ("service_visits", "order_no"): QT_TRANSLATE_NOOP("AuditLabels", "维修单号"),
    ("service_visits", "odometer_km"): QT_TRANSLATE_NOOP("AuditLabels", "进厂里程"),
    ("deliveries", "odometer_km"): QT_TRANSLATE_NOOP("AuditLabels", "交车里程"),
    ("deliveries", "delivered_at"): QT_TRANSLATE_NOOP("AuditLabels", "交车时间"),
    ("work_items", "status"): QT_TRANSLATE_NOOP("AuditLabels", "客户意见"),
    ("store_logo", "content"): QT_TRANSLATE_NOOP("AuditLabels", "图片"),
}

FIELD_LABELS: dict[str, str] = {
    # customers
    "customer_type": QT_TRANSLATE_NOOP("AuditLabels", "客户类型"),
    "owner_type": QT_TRANSLATE_NOOP("AuditLabels", "车主类型"),
    "stage": QT_TRANSLATE_NOOP("AuditLabels", "客户阶段"),
    "name": QT_TRANSLATE_NOOP("AuditLabels", "名称"),
    "contact_name": QT_TRANSLATE_NOOP("AuditLabels", "联系人"),
    "mobile": QT_TRANSLATE_NOOP("AuditLabels", "手机"),
    "gender": QT_TRANSLATE_NOOP("AuditLabels", "性别"),
    "birthday": QT_TRANSLATE_NOOP("AuditLabels", "生日"),
    "lunar_birthday_month": QT_TRANSLATE_NOOP("AuditLabels", "农历生日（月）"),
    "lunar_birthday_day": QT_TRANSLATE_NOOP("AuditLabels", "农历生日（日）"),
    "id_number": QT_TRANSLATE_NOOP("AuditLabels", "证件号码"),
    "occupation": QT_TRANSLATE_NOOP("AuditLabels", "职业"),
    "hobbies": QT_TRANSLATE_NOOP("AuditLabels", "爱好"),
    "district": QT_TRANSLATE_NOOP("AuditLabels", "区域"),
    "address": QT_TRANSLATE_NOOP("AuditLabels", "地址"),
    "preferred_channel": QT_TRANSLATE_NOOP("AuditLabels", "偏好联系方式"),
    "driving_years": QT_TRANSLATE_NOOP("AuditLabels", "驾龄"),
    "source_channel": QT_TRANSLATE_NOOP("AuditLabels", "来源渠道"),
    "referred_by_id": QT_TRANSLATE_NOOP("AuditLabels", "介绍人"),
    "consultant_id": QT_TRANSLATE_NOOP("AuditLabels", "销售顾问"),
    "intent_level": QT_TRANSLATE_NOOP("AuditLabels", "意向级别"),
    "loss_reason": QT_TRANSLATE_NOOP("AuditLabels", "战败原因"),
    "has_open_complaint": QT_TRANSLATE_NOOP("AuditLabels", "有未结投诉"),
    "last_visit_at": QT_TRANSLATE_NOOP("AuditLabels", "最近到店"),
    "notes": QT_TRANSLATE_NOOP("AuditLabels", "备注"),
    # vehicles
    "owner_id": QT_TRANSLATE_NOOP("AuditLabels", "车主"),
    "model_id": QT_TRANSLATE_NOOP("AuditLabels", "车型"),
    "vin": QT_TRANSLATE_NOOP("AuditLabels", "车架号"),
    "plate": QT_TRANSLATE_NOOP("AuditLabels", "车牌"),
    "colour": QT_TRANSLATE_NOOP("AuditLabels", "颜色"),
    "purchase_date": QT_TRANSLATE_NOOP("AuditLabels", "购车日期"),
    "delivery_date": QT_TRANSLATE_NOOP("AuditLabels", "交车日期"),
    "warranty_end_date": QT_TRANSLATE_NOOP("AuditLabels", "质保到期"),
    "warranty_end_km": QT_TRANSLATE_NOOP("AuditLabels", "质保里程"),
    "insurance_expiry": QT_TRANSLATE_NOOP("AuditLabels", "保险到期"),
    "annual_inspection_due": QT_TRANSLATE_NOOP("AuditLabels", "年审到期"),
    "usual_environment": QT_TRANSLATE_NOOP("AuditLabels", "常用路况"),
    "daily_km_average": QT_TRANSLATE_NOOP("AuditLabels", "日均里程"),
    "next_service_date": QT_TRANSLATE_NOOP("AuditLabels", "下次保养日期"),
    "next_service_km": QT_TRANSLATE_NOOP("AuditLabels", "下次保养里程"),
    # car catalogue
    "brand": QT_TRANSLATE_NOOP("AuditLabels", "品牌"),
    "series": QT_TRANSLATE_NOOP("AuditLabels", "车系"),
    "is_new_energy": QT_TRANSLATE_NOOP("AuditLabels", "新能源"),
    "guide_price": QT_TRANSLATE_NOOP("AuditLabels", "指导价"),
    "first_service_km": QT_TRANSLATE_NOOP("AuditLabels", "首保里程"),
    "first_service_months": QT_TRANSLATE_NOOP("AuditLabels", "首保月数"),
    "service_interval_km": QT_TRANSLATE_NOOP("AuditLabels", "保养间隔里程"),
    "service_interval_months": QT_TRANSLATE_NOOP("AuditLabels", "保养间隔月数"),
    "warranty_years": QT_TRANSLATE_NOOP("AuditLabels", "质保年限"),
    "warranty_km": QT_TRANSLATE_NOOP("AuditLabels", "质保公里数"),
    # showroom visits
    "customer_id": QT_TRANSLATE_NOOP("AuditLabels", "客户"),
    "receptionist_id": QT_TRANSLATE_NOOP("AuditLabels", "接待员"),
    "arrived_at": QT_TRANSLATE_NOOP("AuditLabels", "到店时间"),
    "departed_at": QT_TRANSLATE_NOOP("AuditLabels", "离店时间"),
    "party_size": QT_TRANSLATE_NOOP("AuditLabels", "来店人数"),
    "is_first_visit": QT_TRANSLATE_NOOP("AuditLabels", "首次到店"),
    "model_of_interest_id": QT_TRANSLATE_NOOP("AuditLabels", "意向车型"),
    "budget_min": QT_TRANSLATE_NOOP("AuditLabels", "预算下限"),
    "budget_max": QT_TRANSLATE_NOOP("AuditLabels", "预算上限"),
    "vehicle_use": QT_TRANSLATE_NOOP("AuditLabels", "用途"),
    "priorities": QT_TRANSLATE_NOOP("AuditLabels", "关注点"),
    "test_drive": QT_TRANSLATE_NOOP("AuditLabels", "试驾"),
    "test_drive_route": QT_TRANSLATE_NOOP("AuditLabels", "试驾路线"),
    "test_drive_feedback": QT_TRANSLATE_NOOP("AuditLabels", "试驾反馈"),
    # sales orders and deliveries
    "order_no": QT_TRANSLATE_NOOP("AuditLabels", "订单编号"),
    "configuration": QT_TRANSLATE_NOOP("AuditLabels", "配置"),
    "vehicle_id": QT_TRANSLATE_NOOP("AuditLabels", "车辆"),
    "price": QT_TRANSLATE_NOOP("AuditLabels", "成交价"),
    "deposit": QT_TRANSLATE_NOOP("AuditLabels", "定金"),
    "payment_method": QT_TRANSLATE_NOOP("AuditLabels", "付款方式"),
    "loan_bank": QT_TRANSLATE_NOOP("AuditLabels", "贷款银行"),
    "loan_term_months": QT_TRANSLATE_NOOP("AuditLabels", "贷款期数（月）"),
    "ordered_at": QT_TRANSLATE_NOOP("AuditLabels", "签约时间"),
    "planned_delivery_date": QT_TRANSLATE_NOOP("AuditLabels", "预计交车"),
    "status": QT_TRANSLATE_NOOP("AuditLabels", "状态"),
    "order_id": QT_TRANSLATE_NOOP("AuditLabels", "订单"),
    # service visits and work items
    "advisor_id": QT_TRANSLATE_NOOP("AuditLabels", "服务顾问"),
    "service_type": QT_TRANSLATE_NOOP("AuditLabels", "服务类型"),
    "checked_in_at": QT_TRANSLATE_NOOP("AuditLabels", "接车时间"),
    "odometer_km": QT_TRANSLATE_NOOP("AuditLabels", "里程"),
    "fuel_level": QT_TRANSLATE_NOOP("AuditLabels", "油量"),
    "customer_description": QT_TRANSLATE_NOOP("AuditLabels", "客户描述"),
    "inspection_notes": QT_TRANSLATE_NOOP("AuditLabels", "初检记录"),
    "promised_at": QT_TRANSLATE_NOOP("AuditLabels", "承诺交车时间"),
    "handed_over_at": QT_TRANSLATE_NOOP("AuditLabels", "交车时间"),
    "settlement_total": QT_TRANSLATE_NOOP("AuditLabels", "结算金额"),
    "service_visit_id": QT_TRANSLATE_NOOP("AuditLabels", "维修委托书"),
    "description": QT_TRANSLATE_NOOP("AuditLabels", "维修项目"),
    "labour": QT_TRANSLATE_NOOP("AuditLabels", "工时费"),
    "parts": QT_TRANSLATE_NOOP("AuditLabels", "材料费"),
    "consent_at": QT_TRANSLATE_NOOP("AuditLabels", "客户同意时间"),
    "consent_note": QT_TRANSLATE_NOOP("AuditLabels", "客户同意说明"),
    "suggested": QT_TRANSLATE_NOOP("AuditLabels", "建议项目"),
    # complaints
    "case_no": QT_TRANSLATE_NOOP("AuditLabels", "投诉单号"),
    "sales_order_id": QT_TRANSLATE_NOOP("AuditLabels", "订单"),
    "channel": QT_TRANSLATE_NOOP("AuditLabels", "渠道"),
    "category": QT_TRANSLATE_NOOP("AuditLabels", "类别"),
    "cause": QT_TRANSLATE_NOOP("AuditLabels", "原因"),
    "severity": QT_TRANSLATE_NOOP("AuditLabels", "严重程度"),
    "content": QT_TRANSLATE_NOOP("AuditLabels", "内容"),
    "received_at": QT_TRANSLATE_NOOP("AuditLabels", "受理时间"),
    "backdate_reason": QT_TRANSLATE_NOOP("AuditLabels", "补录原因"),
    "department": QT_TRANSLATE_NOOP("AuditLabels", "责任部门"),
    "response_due_at": QT_TRANSLATE_NOOP("AuditLabels", "响应时限"),
    "first_proposal_due_at": QT_TRANSLATE_NOOP("AuditLabels", "初步方案时限"),
    "final_proposal_due_at": QT_TRANSLATE_NOOP("AuditLabels", "最终方案时限"),
    "responded_at": QT_TRANSLATE_NOOP("AuditLabels", "响应时间"),
    "first_proposal_at": QT_TRANSLATE_NOOP("AuditLabels", "初步方案时间"),
    "final_proposal_at": QT_TRANSLATE_NOOP("AuditLabels", "最终方案时间"),
    "paused_since": QT_TRANSLATE_NOOP("AuditLabels", "暂停开始"),
    "pause_reason": QT_TRANSLATE_NOOP("AuditLabels", "暂停原因"),
    "closed_at": QT_TRANSLATE_NOOP("AuditLabels", "结案时间"),
    "satisfaction_score": QT_TRANSLATE_NOOP("AuditLabels", "满意度"),
    "contact_phone": QT_TRANSLATE_NOOP("AuditLabels", "联系电话"),
    "paused_total_seconds": QT_TRANSLATE_NOOP("AuditLabels", "累计暂停（秒）"),
    "reopened_count": QT_TRANSLATE_NOOP("AuditLabels", "重开次数"),
    "extra_rounds": QT_TRANSLATE_NOOP("AuditLabels", "追加处理轮次"),
    # staff, settings, logo, follow-ups, consents
    "username": QT_TRANSLATE_NOOP("AuditLabels", "用户名"),
    "role": QT_TRANSLATE_NOOP("AuditLabels", "岗位"),
    "active": QT_TRANSLATE_NOOP("AuditLabels", "在职"),
    "password_hash": QT_TRANSLATE_NOOP("AuditLabels", "密码"),
    "key": QT_TRANSLATE_NOOP("AuditLabels", "设置项"),
    "value_json": QT_TRANSLATE_NOOP("AuditLabels", "设置值"),
    "media_type": QT_TRANSLATE_NOOP("AuditLabels", "图片格式"),
    "file_name": QT_TRANSLATE_NOOP("AuditLabels", "文件名"),
    "due_date": QT_TRANSLATE_NOOP("AuditLabels", "到期日"),
    "marketing": QT_TRANSLATE_NOOP("AuditLabels", "营销联系授权"),
    "greetings": QT_TRANSLATE_NOOP("AuditLabels", "问候联系授权"),
    "service": QT_TRANSLATE_NOOP("AuditLabels", "服务提醒授权"),
    "rsvp": QT_TRANSLATE_NOOP("AuditLabels", "邀约回复"),
}


def setting_label(key: str | None) -> str | None:
    """A setting's own label (translated in the "Settings" context), if `key` is one."""
    spec = SPECS.get(key or "")
    return spec.label if spec else None


def entity_label(entity: str | None) -> str:
    """The record's kind as staff call it (untranslated: the window translates it)."""
    return ENTITY_LABELS.get(entity or "", entity or "")


def field_label(entity: str | None, field: str | None) -> str:
    if not field:
        return ""
    return FIELD_LABELS_BY_ENTITY.get((entity or "", field)) or FIELD_LABELS.get(field, field)
