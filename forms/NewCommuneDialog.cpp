#include "NewCommuneDialog.h"

#include "FileDialog.h"
#include "ui_NewCommuneDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>

namespace sht {

namespace {
// The word that starts the official name; Vietnamese whatever the interface language.
QString kindWord(AdminUnit::Kind kind)
{
    return kind == AdminUnit::Kind::Ward ? QStringLiteral("Phường") : QStringLiteral("Xã");
}
} // namespace

NewCommuneDialog::NewCommuneDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::NewCommuneDialog>())
    , m_folder(folder)
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(tr("Commune (xã)"), int(AdminUnit::Kind::Commune));
    m_ui->kindCombo->addItem(tr("Ward (phường)"), int(AdminUnit::Kind::Ward));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    m_ui->pathEdit->setMinimumWidth(320);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->errorLabel->setPalette(errorPalette);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &NewCommuneDialog::update);
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, &NewCommuneDialog::update);
    connect(m_ui->pathEdit, &QLineEdit::textEdited, this, [this] {
        m_pathChosen = true;
        update();
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewCommuneDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &NewCommuneDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &NewCommuneDialog::reject);
    m_ui->nameEdit->setFocus();
    update();
}

NewCommuneDialog::~NewCommuneDialog() = default;

QString NewCommuneDialog::communeName() const
{
    const QString typed = m_ui->nameEdit->text().simplified();
    if (typed.isEmpty())
        return QString();
    const QString word = kindWord(kind());
    if (typed.startsWith(word + QLatin1Char(' '), Qt::CaseInsensitive))
        return word + typed.mid(word.size());
    return word + QLatin1Char(' ') + typed;
}

AdminUnit::Kind NewCommuneDialog::kind() const
{
    return AdminUnit::Kind(m_ui->kindCombo->currentData().toInt());
}

QString NewCommuneDialog::filePath() const
{
    const QString path = m_ui->pathEdit->text().trimmed();
    return path.isEmpty() ? QString() : QDir::fromNativeSeparators(path);
}

void NewCommuneDialog::setCommuneName(const QString &name)
{
    m_ui->nameEdit->setText(name);
}

void NewCommuneDialog::setKind(AdminUnit::Kind kind)
{
    m_ui->kindCombo->setCurrentIndex(kind == AdminUnit::Kind::Ward ? 1 : 0);
}

void NewCommuneDialog::setFilePath(const QString &path)
{
    m_pathChosen = true;
    m_ui->pathEdit->setText(QDir::toNativeSeparators(path));
    update();
}

void NewCommuneDialog::accept()
{
    update();
    if (m_ui->buttonBox->button(QDialogButtonBox::Ok)->isEnabled())
        QDialog::accept();
}

void NewCommuneDialog::update()
{
    if (!m_pathChosen)
        m_ui->pathEdit->setText(QDir::toNativeSeparators(proposedPath()));
    const QString name = communeName();
    m_ui->previewLabel->setText(name.isEmpty() ? QStringLiteral("—") : name);

    QString error;
    const QString path = filePath();
    if (!path.isEmpty() && QFileInfo::exists(path))
        error = tr("A file with this name already exists. Choose another name: a new commune file never "
                   "replaces an existing one.");
    else if (!path.isEmpty() && !QFileInfo(QFileInfo(path).absolutePath()).isDir())
        error =
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    m_ui->errorLabel->setText(error);
    m_ui->errorLabel->setVisible(!error.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(!name.isEmpty() && !path.isEmpty() && error.isEmpty());
}

void NewCommuneDialog::browse()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("Save the new commune file as"), FileDialog::communeFileFilter(), QStringLiteral("sqlite"),
        filePath().isEmpty() ? proposedPath() : filePath());
    if (!path.isEmpty())
        setFilePath(path);
}

QString NewCommuneDialog::proposedPath() const
{
    QString base = communeName();
    // Characters Windows refuses in file names.
    base.remove(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")));
    if (base.isEmpty())
        return QString();
    return QDir(m_folder).filePath(base + QStringLiteral(".sqlite"));
}

} // namespace sht
