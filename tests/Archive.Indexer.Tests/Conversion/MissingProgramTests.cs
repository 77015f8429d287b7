using System.Diagnostics;
using Archive.Indexer.Tests.Store;

namespace Archive.Indexer.Tests.Conversion;

/// <summary>
/// `archive parse` run where LibreOffice, Tesseract and poppler cannot be found (a PATH holding only dotnet), as on a
/// machine that runs the service without them: such a file fails with the Debian package to install.
/// </summary>
[Collection(OfficeFilesCollection.Name)]
public sealed class MissingProgramTests(OfficeFiles files) : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("第8期.doc", "apt-get install libreoffice-writer-nogui")]
    [InlineData("第8期 第1页.jpg", "apt-get install tesseract-ocr tesseract-ocr-chi-sim")]
    [InlineData("第8期 扫描.pdf", "apt-get install poppler-utils")]
    public async Task Without_the_program_such_a_file_fails_naming_the_package_to_install(string name, string install)
    {
        var file = _temp.File(name);
        File.WriteAllBytes(file, name.EndsWith(".doc", StringComparison.Ordinal) ? files.Doc
            : name.EndsWith(".jpg", StringComparison.Ordinal) ? files.ScanPages[0] : files.ScanPdf);
        var dotnet = new FileInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "/usr/bin/dotnet");
        var realDotnet = dotnet.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? dotnet.FullName;
        var start = new ProcessStartInfo(realDotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "archive.dll"), "parse", file }) start.ArgumentList.Add(argument);
        start.Environment["PATH"] = Path.GetDirectoryName(realDotnet)!;

        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.Contains(install, await errors);
    }
}
