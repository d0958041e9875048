"""The first run on an empty database: store profile → first manager → staff → car
catalogue → customers from Excel → done. Every step but the manager's account can be
skipped (下一步) and done later from the 管理 menu. When it closes, the manager it made
is signed in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.errors import UserError, ValidationError
from app.models import StaffRole
from app.permissions import Actor
from app.services.auth import NewUser
from app.services.container import AppServices, Store
from app.services.store_profile import checked_profile, default_profile

from ..i18n import error_text
from ..widgets.field_errors import ERROR_STYLE, FieldErrors
from .catalogue import CataloguePanel
from .staff import StaffPanel, password_field
from .store_profile import StoreProfileForm


class ProfilePage(QWizardPage):
    """Collected here, saved by the manager the next page creates."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.setTitle(self.tr("门店信息"))
        self.setSubTitle(
            self.tr(
                "打印在交车清单和维修委托书上；营业时间用于投诉时限。"
                "可以跳过，以后在“管理 → 门店信息”中填写。"
            )
        )
        self.form = StoreProfileForm(wizard.store.clock().date())
        self.form.show_profile(default_profile(), None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)

    def validatePage(self) -> bool:
        self.form.errors.clear()
        try:
            checked_profile(self.form.profile())
        except ValidationError as error:
            if not self.form.errors.show(error):
                self.form.message.setText(error_text(error))
            return False
        return True

    def changed(self) -> bool:
        return self.form.profile() != default_profile() or self.form.logo_file is not None


class ManagerPage(QWizardPage):
    """The store manager's account (this step is needed: someone must sign in)."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("店长账号"))
        self.setSubTitle(self.tr("这是新的数据库：请先创建店长账号，用它来添加其他员工。"))
        self.setCommitPage(True)
        self.name = QLineEdit(objectName="adminName")
        self.username = QLineEdit(objectName="adminUsername")
        self.password = password_field("adminPassword")
        self.again = password_field("adminPasswordAgain")
        self.message = QLabel(objectName="adminMessage", styleSheet=ERROR_STYLE, wordWrap=True)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.errors.add_row("name", self.tr("店长姓名"), self.name)
        self.errors.add_row("username", self.tr("用户名"), self.username)
        self.errors.add_row("password", self.tr("密码"), self.password)
        form.addRow(self.tr("再输一次"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)

    def validatePage(self) -> bool:
        self.message.clear()
        self.errors.clear()
        if self.password.text() != self.again.text():
            self.message.setText(self.tr("两次输入的密码不一致。"))
            return False
        new = NewUser(
            self.username.text(), self.name.text(), StaffRole.STORE_MANAGER, self.password.text()
        )
        try:
            self.owner.start_as(self.owner.store.auth().create_first_admin(new))
        except ValidationError as error:
            if not self.errors.show(error):
                self.message.setText(error_text(error))
            return False
        except UserError as error:
            self.message.setText(error_text(error))
            return False
        return True


class PanelPage(QWizardPage):
    """A page showing one of the 管理 panels, built once the manager exists."""

    def __init__(self, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.panel: QWidget | None = None
        QVBoxLayout(self)

    def show_panel(self, panel: QWidget) -> None:
        if self.panel is None:
            self.panel = panel
            self.layout().addWidget(panel)


class ImportPage(QWizardPage):
    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("导入客户"))
        self.setSubTitle(
            self.tr(
                "门店已有的客户名单（Excel 或 CSV）可以现在导入，"
                "也可以以后在“管理 → 导入客户”中导入。"
            )
        )
        self.import_button = QPushButton(self.tr("导入客户…"), objectName="importCustomers")
        self.import_button.clicked.connect(self.open_import)
        layout = QVBoxLayout(self)
        layout.addWidget(self.import_button)
        layout.addStretch(1)

    def open_import(self) -> None:
        # The import wizard (ui.importing, issue 12's other half) is built on its own
        # branch; it takes the signed-in person's import service.
        from ..importing.wizard import ImportWizard

        services = self.owner.services
        assert services is not None  # this page follows the manager's account
        self.dialog = ImportWizard(services.customer_import, self)
        self.dialog.open()


class DonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("设置完成"))
        note = QLabel(
            self.tr(
                "点“完成”后您将以店长身份登录，可以开始登记第一位到店客户。以上各项以后都可以在“管理”菜单中修改。"
            ),
            wordWrap=True,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(note)


class FirstRunWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.services: AppServices | None = None
        self.setWindowTitle(self.tr("新门店设置向导"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.resize(1100, 680)
        self._button_texts()
        self.profile_page = ProfilePage(self)
        self.manager_page = ManagerPage(self)
        self.staff_page = PanelPage(
            self.tr("员工账号"),
            self.tr(
                "添加销售顾问、前台、服务顾问和客服的账号。"
                "可以跳过，以后在“管理 → 员工账号”中添加。"
            ),
        )
        self.catalogue_page = PanelPage(
            self.tr("车型库"),
            self.tr(
                "点“载入常见车型”从常见车型开始，再按本店经营的品牌修改保养计划。"
                "可以跳过，以后在“管理 → 车型库”中修改。"
            ),
        )
        self.import_page = ImportPage(self)
        self.done_page = DonePage()
        for page in self._pages():
            self.addPage(page)
        self.currentIdChanged.connect(self._show_panels)

    def _pages(self) -> list[QWizardPage]:
        return [
            self.profile_page, self.manager_page, self.staff_page, self.catalogue_page,
            self.import_page, self.done_page,
        ]  # fmt: skip

    def _button_texts(self) -> None:
        buttons = QWizard.WizardButton
        self.setButtonText(buttons.BackButton, self.tr("上一步"))
        self.setButtonText(buttons.NextButton, self.tr("下一步"))
        self.setButtonText(buttons.CommitButton, self.tr("创建店长账号"))
        self.setButtonText(buttons.FinishButton, self.tr("完成"))
        self.setButtonText(buttons.CancelButton, self.tr("取消"))

    def start_as(self, manager: Actor) -> None:
        """The manager exists: from here on everything is done as them, starting with the
        store profile collected on the first page."""
        self.actor, self.services = manager, self.store.acting_as(manager)
        if self.profile_page.changed():
            self.profile_page.form.save(self.services.store_profile)

    def _show_panels(self, _page_id: int) -> None:
        if self.services is None:
            return
        self.staff_page.show_panel(StaffPanel(self.services.staff_admin))
        self.catalogue_page.show_panel(CataloguePanel(self.services.catalogue))
