using System.Collections.Concurrent;

namespace Archive.Indexer.Text.Conversion;

/// <summary>
/// LibreOffice (headless) as a bounded pool of converters. The readers have .doc, .wps and .rtf turned into .docx, which
/// <see cref="DocxReader"/> then reads like any other: paragraphs, headings and tables as LibreOffice understood
/// them, and the text in Unicode whatever code page (GBK, GB2312) the file used. Each slot has a LibreOffice profile
/// of its own (two instances cannot share one) that stays warm between files; every file is converted by its own
/// soffice run under a budget of processor time that grows with the file. A run that hangs or crashes is killed and its slot's profile is thrown away, so the
/// next file starts a fresh LibreOffice; files in the other slots are not touched.
/// </summary>
internal sealed class OfficeConverter : IDisposable
{
    private readonly ScratchFolder _scratch;
    private readonly Func<long, TimeSpan> _timeFor;
    private readonly long _memory;
    private readonly SemaphoreSlim _free;
    private readonly ConcurrentBag<string> _profiles = [];

    /// <param name="timeFor">The processor time a run may take for a file of so many bytes.</param>
    /// <param name="memory">The address space a run may map (<see cref="ConversionOptions.ProgramMemory"/>).</param>
    public OfficeConverter(ScratchFolder scratch, int converters, Func<long, TimeSpan> timeFor, long memory)
    {
        _scratch = scratch;
        _timeFor = timeFor;
        _memory = memory;
        var count = Math.Max(1, converters);
        _free = new SemaphoreSlim(count, count);
        for (var i = 0; i < count; i++) _profiles.Add(Path.Combine(scratch.Path, $"office-profile-{i}"));
    }

    /// <summary>The file as .docx bytes.</summary>
    /// <param name="extension">What the content is (".doc" or ".rtf"), whatever the file was called: LibreOffice is not left to guess.</param>
    /// <param name="what">The file's kind for messages (".wps").</param>
    /// <exception cref="UnreadableFileException">LibreOffice is missing, could not open the file, hung or crashed.</exception>
    public byte[] ToDocx(ReadOnlyMemory<byte> content, string extension, string what, CancellationToken cancellationToken) =>
        Convert(content, extension, "docx:MS Word 2007 XML", what, cancellationToken);

    /// <summary>The content in another format.</summary>
    /// <param name="format">The output's extension and LibreOffice's export filter ("doc:MS Word 97", "pdf").</param>
    /// <param name="inputFilter">LibreOffice's import filter when its detection would not do ("Text (encoded):GBK").</param>
    public byte[] Convert(ReadOnlyMemory<byte> content, string extension, string format, string what, CancellationToken cancellationToken,
        string? inputFilter = null)
    {
        _free.Wait(cancellationToken);
        if (!_profiles.TryTake(out var profile)) throw new InvalidOperationException("a free converter slot has no profile");
        try
        {
            return Run(content, extension, format, inputFilter, what, profile, cancellationToken);
        }
        finally
        {
            _profiles.Add(profile);
            _free.Release();
        }
    }

    private byte[] Run(ReadOnlyMemory<byte> content, string extension, string format, string? inputFilter, string what, string profile,
        CancellationToken cancellationToken)
    {
        using var job = _scratch.StartJob("office");
        var input = job.File("document" + extension);
        using (var file = File.Create(input)) file.Write(content.Span);
        var output = job.File("out");
        // LibreOffice's own temporary files go into the job folder too, so a killed run leaves nothing behind.
        var temp = Directory.CreateDirectory(job.File("tmp")).FullName;
        List<string> arguments =
        [
            $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore", "--nologo", "--nodefault", "--nolockcheck",
        ];
        if (inputFilter is not null) arguments.Add($"--infilter={inputFilter}");
        arguments.AddRange(["--convert-to", format, "--outdir", output, input]);
        ExternalProgram.Result result;
        try
        {
            result = ExternalProgram.LibreOffice.Run(arguments, $"converting the {what}", _timeFor(content.Length), _memory, cancellationToken,
                new Dictionary<string, string> { ["TMPDIR"] = temp });
        }
        catch
        {
            // Killed mid-run, its profile may be half-written or locked: the next file in this slot starts afresh.
            ScratchFolder.Delete(profile);
            throw;
        }

        var converted = Path.Combine(output, "document." + format.Split(':')[0]);
        if (File.Exists(converted) && new FileInfo(converted).Length > 0) return File.ReadAllBytes(converted);
        if (result.ExitCode != 0)
        {
            ScratchFolder.Delete(profile);
            throw new UnreadableFileException(
                $"LibreOffice stopped unexpectedly (exit code {result.ExitCode}) while converting the {what}: the file may be damaged, " +
                $"or need more memory than a conversion may use ({ExternalProgram.Megabytes(_memory)}). LibreOffice is started afresh for the next file.");
        }
        // Out of memory, LibreOffice may also end normally, saying only that it could not load the file.
        throw new UnreadableFileException(
            $"LibreOffice could not open the {what}: the file is damaged or truncated, or needs more memory than a conversion may use ({ExternalProgram.Megabytes(_memory)})");
    }

    public void Dispose() => _free.Dispose();
}
