// Runs a libFuzzer entry point over seed corpus folders without libFuzzer, so that any compiler builds it
// and CTest runs it in CI: every file once, then every file cut at a few lengths. A crash fails the test.
// Usage: <replay> [folder or file]...   (default: the folder compiled in as SHT_FUZZ_CORPUS, corpus/<target>,
// and the crash reproducers of the same target, regressions/<target>, when that folder exists)
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    QStringList inputs;
    for (int i = 1; i < argc; ++i)
        inputs << QString::fromLocal8Bit(argv[i]);
#ifdef SHT_FUZZ_CORPUS
    if (inputs.isEmpty()) {
        const QString corpus = QStringLiteral(SHT_FUZZ_CORPUS);
        inputs << corpus;
        const QFileInfo info(corpus);
        const QString regressions =
            info.dir().absoluteFilePath(QStringLiteral("../regressions/") + info.fileName());
        if (QFileInfo(regressions).isDir())
            inputs << regressions;
    }
#endif
    QStringList files;
    for (const QString &input : std::as_const(inputs)) {
        QDirIterator it(input, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        if (QFileInfo(input).isFile())
            files << input;
    }
    QTextStream out(stdout);
    if (files.isEmpty()) {
        out << "no corpus files in " << inputs.join(u' ') << Qt::endl;
        return 1;
    }
    files.sort();
    int runs = 0;
    for (const QString &path : std::as_const(files)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            out << "cannot read " << path << Qt::endl;
            return 1;
        }
        const QByteArray bytes = f.readAll();
        for (const qsizetype length : {bytes.size(), bytes.size() / 2, bytes.size() / 3, qsizetype(1)}) {
            const qsizetype n = qMin(length, bytes.size());
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(n));
            ++runs;
        }
    }
    out << runs << " runs over " << files.size() << " files, no crash" << Qt::endl;
    return 0;
}
