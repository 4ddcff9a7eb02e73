// Tests of the translations: the .qm files embedded in sohoctap_core load and translate, and every
// translation in translations/*.ts keeps what the code and the keyboard rely on (placeholders, the
// ellipsis of commands that open a dialog, one typeable mnemonic).
#include "Education.h"
#include "Relation.h"
#include "ResidenceStatus.h"
#include "Sex.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace sht;
using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one per numerus form; empty when unfinished
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + u": "_s + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "context"_L1) {
            context.clear();
        } else if (name == "name"_L1 && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            messages.append(Message{context, QString(), {}, false});
        } else if (name == "source"_L1 && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (name == "translation"_L1 && !messages.isEmpty()) {
            Message &m = messages.last();
            m.unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
            // A numerus message holds one <numerusform> per plural form; a plain one holds its text.
            QString text;
            QStringList forms;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                    forms << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == "translation"_L1)
                    break;
            }
            m.translations = forms.isEmpty() ? QStringList{text} : forms;
        }
    }
    if (xml.hasError())
        *error = path + u": "_s + xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(SHT_TS_DIR "/sohoctap_") + language + u".ts"_s;
}

// The %1..%9 placeholders of a text (with %L1 counted as %1), and %n.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?([1-9]|n)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(1));
    return found;
}

// The mnemonic markers of a text: each '&' that is not part of "&&".
QList<int> mnemonics(const QString &text)
{
    QList<int> positions;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (i + 1 < text.size() && text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        positions << i;
    }
    return positions;
}

QString describe(const Message &m, const QString &translation)
{
    return u"[%1] \"%2\" -> \"%3\""_s.arg(m.context, m.source, translation);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        if (m_translator) {
            QCoreApplication::removeTranslator(m_translator.get());
            m_translator.reset();
        }
    }

    void embeddedFilesExist_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << u"vi"_s;
        QTest::newRow("en") << u"en"_s;
    }
    void embeddedFilesExist()
    {
        QFETCH(QString, language);
        const QString path = u":/i18n/sohoctap_"_s + language + u".qm"_s;
        QVERIFY2(QFile::exists(path), qPrintable(path + u" is not embedded in sohoctap_core"_s));
        QTranslator translator;
        QVERIFY2(translator.load(path), qPrintable(path));
        QVERIFY(!translator.isEmpty());
        QCOMPARE(translator.language(), language);
    }

    void vietnamese_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("File menu") << u"sht::MainWindow"_s << u"&File"_s << u"&Tệp"_s;
        QTest::newRow("Open") << u"sht::MainWindow"_s << u"&Open…"_s << u"&Mở…"_s;
        QTest::newRow("Open Recent") << u"sht::MainWindow"_s << u"Open &Recent"_s << u"Tệp &gần đây"_s;
        QTest::newRow("Close") << u"sht::MainWindow"_s << u"&Close"_s << u"Đó&ng"_s;
        QTest::newRow("Help") << u"sht::MainWindow"_s << u"&Help"_s << u"Trợ &giúp"_s;
        QTest::newRow("error title") << u"sht::MainWindow"_s << u"Cannot open the file"_s
                                     << u"Không mở được tệp"_s;
        QTest::newRow("start page (.ui)") << u"StartPageWidget"_s << u"&Recent files"_s << u"Tệp gầ&n đây"_s;
        QTest::newRow("village kind")
            << u"sht::VillageTableModel"_s << u"Residential group"_s << u"Tổ dân phố"_s;
        QTest::newRow("CLI") << u"CliCommands"_s << u"Total"_s << u"Tổng cộng"_s;
    }
    void vietnamese()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        install(u"vi"_s);
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()),
                 expected);
    }

    // Counts use plural forms: English says "1 household" and "2 households"; Vietnamese has one form.
    void pluralForms()
    {
        const auto count = [](const char *source, int n) {
            return QCoreApplication::translate("sht::MainWindow", source, nullptr, n);
        };
        install(u"en"_s);
        QCOMPARE(count("%Ln household(s)", 1), u"1 household"_s);
        QCOMPARE(count("%Ln household(s)", 2), u"2 households"_s);
        QCOMPARE(count("%Ln person(s)", 1), u"1 person"_s);
        QCOMPARE(count("%Ln person(s)", 7), u"7 people"_s);
        cleanup();
        install(u"vi"_s);
        QCOMPARE(count("%Ln household(s)", 1), u"1 hộ"_s);
        QCOMPARE(count("%Ln person(s)", 7), u"7 nhân khẩu"_s);
        QCOMPARE(count("%Ln village(s)", 8), u"8 thôn/tổ dân phố"_s);
    }

    // The contexts in the .qm must be the ones the code asks for: the domain's labels come out Vietnamese.
    void domainLabelsInVietnamese()
    {
        install(u"vi"_s);
        QCOMPARE(relationLabel(Relation::Head), u"Chủ hộ"_s);
        QCOMPARE(relationLabel(Relation::ChildInLaw, Sex::Female), u"Con dâu"_s);
        QCOMPARE(sexLabel(Sex::Female), u"Nữ"_s);
        QCOMPARE(residenceLabel(ResidenceStatus::Permanent), u"Thường trú"_s);
        QCOMPARE(Education::general(9, 12).label(), u"Lớp 9/12"_s);
        QCOMPARE(Education::ofLevel(Education::Level::University).label(), u"Đại học"_s);
    }

    void englishShowsEnglish()
    {
        install(u"en"_s);
        QCOMPARE(QCoreApplication::translate("sht::MainWindow", "&File"), u"&File"_s);
        QCOMPARE(relationLabel(Relation::Head), u"Head of household"_s);
        QCOMPARE(sexLabel(Sex::Female), u"Female"_s);
    }

    // The command line loads the Vietnamese translation when the system language is Vietnamese, which also
    // proves that the resource is linked into an executable that links the static core library.
    void commandLineSpeaksVietnamese()
    {
        const QString cli = qEnvironmentVariable("SHT_CLI");
        if (!QFile::exists(cli))
            QSKIP("SHT_CLI does not name the sohoctap-cli binary");
        for (const QString &lang : {u"vi_VN.UTF-8"_s, u"C.UTF-8"_s}) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"LANG"_s, lang);
            env.insert(u"LC_ALL"_s, lang);
            env.remove(u"LANGUAGE"_s);
            process.setProcessEnvironment(env);
            process.start(cli, {});
            QVERIFY(process.waitForFinished(60000));
            const QString err = QString::fromUtf8(process.readAllStandardError());
            QCOMPARE(process.exitCode(), 1);
            const QString expected =
                lang.startsWith(u"vi"_s) ? u"Chưa nhập lệnh nào."_s : u"No command given."_s;
            QVERIFY2(err.contains(expected), qPrintable(lang + u": "_s + err));
        }
    }

    void tsFilesAreComplete_data() { languages(); }
    void tsFilesAreComplete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const Message &m : messages)
            if (m.unfinished || m.translations.isEmpty() || m.translations.constFirst().isEmpty())
                missing << u"[%1] \"%2\""_s.arg(m.context, m.source);
        QVERIFY2(missing.isEmpty(), qPrintable(u"not translated:\n"_s + missing.join(u'\n')));
    }

    void placeholdersKept_data() { languages(); }
    void placeholdersKept()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const Message &m : messages) {
            const QSet<QString> expected = placeholders(m.source);
            for (const QString &t : m.translations)
                if (!t.isEmpty() && placeholders(t) != expected)
                    wrong << describe(m, t);
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(u"placeholders differ from the source:\n"_s + wrong.join(u'\n')));
    }

    // A command that opens a dialog ends in "…" in every language (Qt's own strings use "..."); a translation
    // adds none of its own.
    void ellipsisKept_data() { languages(); }
    void ellipsisKept()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const Message &m : messages)
            for (const QString &t : m.translations)
                if (!t.isEmpty() && (m.source.endsWith(u'…') != t.endsWith(u'…') ||
                                     m.source.endsWith(u"..."_s) != t.endsWith(u"..."_s)))
                    wrong << describe(m, t);
        QVERIFY2(wrong.isEmpty(), qPrintable(u"ellipsis differs from the source:\n"_s + wrong.join(u'\n')));
    }

    // A source with a mnemonic ("&File") has exactly one in its translation, on a letter or digit that can be
    // typed on any keyboard layout (Alt+Đ cannot); a source without one gets none ("&&" is a literal '&').
    void mnemonicsKept_data() { languages(); }
    void mnemonicsKept()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const Message &m : messages) {
            const bool expected = !mnemonics(m.source).isEmpty();
            for (const QString &t : m.translations) {
                if (t.isEmpty())
                    continue;
                const QList<int> marks = mnemonics(t);
                if (marks.size() != (expected ? 1 : 0)) {
                    wrong << describe(m, t);
                } else if (expected) {
                    const int at = marks.constFirst() + 1;
                    const QChar key = at < t.size() ? t.at(at) : QChar();
                    if (key.unicode() > 127 || !key.isLetterOrNumber())
                        wrong << describe(m, t) + u" (the mnemonic key cannot be typed)"_s;
                }
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"mnemonics differ from the source:\n"_s + wrong.join(u'\n')));
    }

    // Mnemonics that are active at the same time must differ, or Alt+key does nothing ("ambiguous shortcut").
    // The groups follow the windows: keep them in step when a window gains a labelled control or menu.
    void mnemonicsUniquePerWindow_data() { languages(); }
    void mnemonicsUniquePerWindow()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        using Key = QPair<QString, QString>;
        const QList<QList<Key>> groups = {
            // The main window: its menu bar with the start page or the commune overview.
            {{u"sht::MainWindow"_s, u"&File"_s},
             {u"sht::MainWindow"_s, u"&View"_s},
             {u"sht::MainWindow"_s, u"&Help"_s},
             {u"StartPageWidget"_s, u"&New commune file…"_s},
             {u"StartPageWidget"_s, u"&Open a file…"_s},
             {u"StartPageWidget"_s, u"&Recent files"_s}},
            {{u"sht::MainWindow"_s, u"&File"_s},
             {u"sht::MainWindow"_s, u"&View"_s},
             {u"sht::MainWindow"_s, u"&Help"_s},
             {u"CommuneOverviewWidget"_s, u"V&illages and residential groups"_s}},
            // The main window with the People register.
            {{u"sht::MainWindow"_s, u"&File"_s},
             {u"sht::MainWindow"_s, u"&View"_s},
             {u"sht::MainWindow"_s, u"&Help"_s},
             {u"PeopleRegisterWidget"_s, u"Fil&ter:"_s},
             {u"PeopleRegisterWidget"_s, u"Show former residents and the &deceased"_s}},
            // The View menu.
            {{u"sht::MainWindow"_s, u"&Navigation pane"_s},
             {u"sht::MainWindow"_s, u"Current &page"_s},
             {u"sht::MainWindow"_s, u"&Find people"_s},
             {u"sht::MainWindow"_s, u"&Language"_s}},
            // File menu, its Open Recent submenu, View, Help.
            {{u"sht::MainWindow"_s, u"&New…"_s},
             {u"sht::MainWindow"_s, u"&Open…"_s},
             {u"sht::MainWindow"_s, u"Open &Recent"_s},
             {u"sht::MainWindow"_s, u"&Close"_s},
             {u"sht::MainWindow"_s, u"&Quit"_s}},
            {{u"sht::MainWindow"_s, u"&About Sổ Học Tập"_s}, {u"sht::MainWindow"_s, u"About &Qt"_s}},
            // The Edit menu.
            {{u"sht::MainWindow"_s, u"&Undo"_s},
             {u"sht::MainWindow"_s, u"&Redo"_s},
             {u"sht::MainWindow"_s, u"New hou&sehold…"_s},
             {u"sht::MainWindow"_s, u"Re&name village…"_s},
             {u"sht::MainWindow"_s, u"&Merge villages…"_s},
             {u"sht::MainWindow"_s, u"S&plit village…"_s},
             {u"sht::MainWindow"_s, u"&History"_s}},
            // The new commune dialog.
            {{u"NewCommuneDialog"_s, u"&Kind:"_s},
             {u"NewCommuneDialog"_s, u"&Name:"_s},
             {u"NewCommuneDialog"_s, u"&File:"_s},
             {u"NewCommuneDialog"_s, u"&Browse…"_s},
             {u"sht::NewCommuneDialog"_s, u"&Create"_s}},
        };
        QHash<Key, QString> translation;
        for (const Message &m : messages)
            if (!m.translations.isEmpty())
                translation.insert({m.context, m.source}, m.translations.constFirst());
        QStringList wrong;
        for (const QList<Key> &group : groups) {
            QHash<QChar, QString> used;
            for (const Key &key : group) {
                const QString text = translation.value(key);
                if (text.isEmpty()) {
                    wrong << u"[%1] \"%2\" is not in the .ts file: update the groups in this test"_s.arg(
                        key.first, key.second);
                    continue;
                }
                const QList<int> marks = mnemonics(text);
                if (marks.isEmpty() || marks.constFirst() + 1 >= text.size())
                    continue; // mnemonicsKept() reports it
                const QChar letter = text.at(marks.constFirst() + 1).toLower();
                if (used.contains(letter))
                    wrong << u"Alt+%1: \"%2\" and \"%3\""_s.arg(letter.toUpper(), used.value(letter), text);
                else
                    used.insert(letter, text);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(u"mnemonics clash:\n"_s + wrong.join(u'\n')));
    }

private:
    void languages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("vi") << u"vi"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void install(const QString &language)
    {
        m_translator = std::make_unique<QTranslator>();
        QVERIFY(m_translator->load(u":/i18n/sohoctap_"_s + language + u".qm"_s));
        QVERIFY(QCoreApplication::installTranslator(m_translator.get()));
    }

    std::unique_ptr<QTranslator> m_translator;
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
