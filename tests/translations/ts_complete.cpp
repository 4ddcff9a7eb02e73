// Fails when a translatable message in the sources has no finished translation.
//
//   sht_ts_complete --lupdate PATH --root SOURCE_ROOT --sources core,app,forms --ts A.ts [--ts B.ts ...]
//
// Each .ts is copied to a temporary folder and updated there by lupdate with the options of
// scripts/update-translations.sh; lupdate adds new or changed messages as unfinished. Every unfinished
// message is printed with its context, and the exit code is 1 when there is any. The real .ts files are
// never written.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

namespace {

struct Unfinished
{
    QString context;
    QString source;
};

QString languageOf(const QString &tsPath)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    QXmlStreamReader xml(&file);
    while (xml.readNextStartElement())
        if (xml.name() == QLatin1String("TS"))
            return xml.attributes().value(QLatin1String("language")).toString();
    return QString();
}

bool readUnfinished(const QString &tsPath, QList<Unfinished> *out, int *total, QString *error)
{
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("context")) {
            context.clear();
        } else if (xml.name() == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            ++*total;
            source.clear();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                out->append({context, source});
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString lupdate, root;
    QStringList sources, tsFiles;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--lupdate"))
            lupdate = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--root"))
            root = args.at(i + 1);
        else if (args.at(i) == QLatin1String("--sources"))
            sources = args.at(i + 1).split(QLatin1Char(','));
        else if (args.at(i) == QLatin1String("--ts"))
            tsFiles << args.at(i + 1);
    }
    if (lupdate.isEmpty() || root.isEmpty() || sources.isEmpty() || tsFiles.isEmpty()) {
        out << "usage: sht_ts_complete --lupdate PATH --root DIR --sources a,b,c --ts FILE [--ts FILE...]\n";
        return 2;
    }

    QTemporaryDir temp;
    if (!temp.isValid()) {
        out << "cannot create a temporary folder: " << temp.errorString() << '\n';
        return 2;
    }
    int missing = 0;
    for (const QString &ts : tsFiles) {
        const QString name = QFileInfo(ts).fileName();
        const QString copy = temp.filePath(name);
        if (!QFile::copy(ts, copy)) {
            out << "FAIL: " << ts << " cannot be read; run scripts/update-translations.sh to create it.\n";
            ++missing;
            continue;
        }
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString language = languageOf(copy);
        QStringList arguments{QStringLiteral("-silent"),          QStringLiteral("-no-obsolete"),
                              QStringLiteral("-locations"),       QStringLiteral("none"),
                              QStringLiteral("-extensions"),      QStringLiteral("cpp,h,ui"),
                              QStringLiteral("-source-language"), QStringLiteral("en")};
        if (!language.isEmpty())
            arguments << QStringLiteral("-target-language") << language;
        arguments << sources << QStringLiteral("-ts") << copy;
        QProcess process;
        process.setWorkingDirectory(root);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(lupdate, arguments);
        if (!process.waitForFinished(240000) || process.exitStatus() != QProcess::NormalExit ||
            process.exitCode() != 0) {
            out << "FAIL: lupdate did not run (" << lupdate << "): " << process.errorString() << '\n'
                << process.readAll() << '\n';
            return 2;
        }
        const QByteArray lupdateOutput = process.readAll().trimmed();
        if (!lupdateOutput.isEmpty())
            out << lupdateOutput << '\n';

        QList<Unfinished> unfinished;
        int total = 0;
        QString error;
        if (!readUnfinished(copy, &unfinished, &total, &error)) {
            out << "FAIL: " << name << " cannot be parsed: " << error << '\n';
            ++missing;
            continue;
        }
        if (unfinished.isEmpty()) {
            out << "PASS: " << name << ": all " << total << " messages translated\n";
            continue;
        }
        missing += unfinished.size();
        out << "FAIL: " << name << ": " << unfinished.size() << " of " << total
            << " messages are new or changed and not translated yet:\n";
        for (const Unfinished &u : unfinished) {
            QString source = u.source;
            source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
            out << "  [" << u.context << "] \"" << source << "\"\n";
        }
    }
    if (missing > 0) {
        out << "\nTo fix: run scripts/update-translations.sh (it also fills sohoctap_en.ts by itself), then "
               "translate the messages above in translations/sohoctap_vi.ts, with Qt Linguist "
               "(/usr/lib/qt6/bin/linguist) or a text editor, and remove their type=\"unfinished\".\n";
        return 1;
    }
    return 0;
}
