"""Settings: backend and its options, API key (keyring only), theme; plus the model manager."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tutor.storage.settings import BACKENDS, REASONING_EFFORTS, THEMES, Settings
from tutor.ui.backends import BACKEND_LABELS
from tutor.ui.jobs import JobRunner


def _spin(low: int, high: int, value: int, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setValue(value)
    return box


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, runner: JobRunner, parent: QWidget | None = None,
                 *, page: str = "settings") -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.original = settings
        self.key_message = ""
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        form_page = QWidget()
        form = QFormLayout(form_page)
        self.backend = QComboBox()
        for name in BACKENDS:
            self.backend.addItem(BACKEND_LABELS[name], name)
        self.backend.setCurrentIndex(BACKENDS.index(settings.backend))
        form.addRow("Backend", self.backend)
        path_row = QHBoxLayout()
        self.model_path = QLineEdit(settings.model_path)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse_model)
        path_row.addWidget(self.model_path, 1)
        path_row.addWidget(browse)
        form.addRow("Model file (GGUF)", path_row)
        self.threads = _spin(0, 256, settings.threads)
        self.threads.setSpecialValueText("automatic")
        form.addRow("Threads", self.threads)
        self.context_size = _spin(256, 131072, settings.context_size, 256)
        form.addRow("Context size (tokens)", self.context_size)
        self.token_budget = _spin(16, 131072, settings.token_budget, 128)
        form.addRow("Token budget", self.token_budget)
        self.time_limit = _spin(5, 86400, settings.time_limit, 30)
        self.time_limit.setSuffix(" s")
        self.time_limit.setToolTip("The most one request to a server may take, in all; "
                                   "the token budget is enforced on our side too.")
        form.addRow("Time limit per request", self.time_limit)
        self.samples = _spin(1, 16, settings.samples)
        form.addRow("Samples", self.samples)
        self.effort = QComboBox()
        self.effort.addItems(list(REASONING_EFFORTS))
        self.effort.setCurrentText(settings.reasoning_effort)
        form.addRow("Reasoning effort", self.effort)
        self.model_name = QLineEdit(settings.model)
        form.addRow("API model name", self.model_name)
        self.base_url = QLineEdit(settings.base_url)
        self.base_url.setPlaceholderText("default: the provider's URL")
        form.addRow("Base URL", self.base_url)
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText("stored in the system keyring only; blank: keep")
        form.addRow("API key", self.api_key)
        self.send_key = QCheckBox("Send the stored API key to this Base URL's server")
        self.send_key.setToolTip("A stored key goes only to the server it was saved for.")
        form.addRow(self.send_key)
        self._key_host = self._stored_key_host()
        self._show_key_host()
        self.base_url.textChanged.connect(self._show_key_host)
        self.theme = QComboBox()
        self.theme.addItems(list(THEMES))
        self.theme.setCurrentText(settings.theme)
        form.addRow("Theme", self.theme)
        self.key_status = QLabel("")
        self.key_status.setWordWrap(True)
        form.addRow(self.key_status)
        self.tabs.addTab(form_page, "General")
        from tutor.ui.model_manager import ModelManagerPage

        self.models = ModelManagerPage(runner)
        self.models.model_selected.connect(self._use_model)
        self.tabs.addTab(self.models, "Models")
        if page == "models":
            self.tabs.setCurrentWidget(self.models)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    @staticmethod
    def _stored_key_host() -> str | None:
        """The host the stored key was saved for; None when no key is stored (or readable)."""
        from tutor.storage import secrets

        try:
            return secrets.key_host() if secrets.get_api_key() is not None else None
        except secrets.KeyringUnavailable:
            return None

    def _show_key_host(self) -> None:
        """Ask about sending the stored key only when it was saved for another host."""
        from tutor.storage.secrets import host_of

        host, target = self._key_host, host_of(self.base_url.text().strip())
        other = host is not None and host != target
        self.send_key.setVisible(other)
        if other:
            self.send_key.setText(f"Send the stored API key (saved for {host}) to {target}")
        else:
            self.send_key.setChecked(False)

    def _browse_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Choose a GGUF model", "", "GGUF (*.gguf)")
        if path:
            self.model_path.setText(path)

    def _use_model(self, path: str) -> None:
        self.model_path.setText(path)
        self.backend.setCurrentIndex(BACKENDS.index("local"))

    def result_settings(self) -> Settings:
        return replace(
            self.original,
            backend=self.backend.currentData(),
            model_path=self.model_path.text().strip(),
            threads=self.threads.value(),
            context_size=self.context_size.value(),
            token_budget=self.token_budget.value(),
            time_limit=self.time_limit.value(),
            samples=self.samples.value(),
            reasoning_effort=self.effort.currentText(),
            model=self.model_name.text().strip() or self.original.model,
            base_url=self.base_url.text().strip(),
            theme=self.theme.currentText(),
        )

    def accept(self) -> None:
        from tutor.storage import secrets

        key = self.api_key.text().strip()
        host = secrets.host_of(self.base_url.text().strip())
        if key or self.send_key.isChecked():
            try:
                if key:  # a key typed here is for the server named here
                    secrets.set_api_key(key, host=host)
                else:
                    secrets.set_key_host(host)
            except Exception as exc:  # noqa: BLE001 - KeyringUnavailable and friends
                self.key_status.setText(f"<span style='color:#cf222e'>{exc}</span>")
                self.key_message = str(exc)
                return  # keep the dialog open: the key was not stored
            self.api_key.clear()
        self.models.cancel_download()
        super().accept()

    def reject(self) -> None:
        self.models.cancel_download()
        super().reject()
