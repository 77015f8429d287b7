using Archive.Api.Configuration;
using Archive.Api.Hosting;
using Archive.Api.Uploads;
using Archive.Indexer;
using Microsoft.Extensions.Options;

namespace Archive.Api.DropFolders;

/// <summary>
/// Watches the folders of Archive:DropFolders: every file that has stopped changing is ingested exactly as an upload
/// under its name (same outcomes, same log line), then moved into ingested/ or, with a note of why, into failed/;
/// nothing is ever retried in a loop. A full disk pauses the watching for a minute; a folder that goes missing or
/// cannot be read is logged and looked at again at the next poll. Nothing here stops the host.
/// </summary>
public sealed class DropFolderWatcher(IOptions<ArchiveApiOptions> options, ArchiveHost host, TimeProvider clock, ILogger<DropFolderWatcher> logger)
    : BackgroundService
{
    private static readonly TimeSpan FullDiskPause = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _polling = new(1, 1);
    private readonly IReadOnlyList<DropFolder> _folders =
        [.. options.Value.DropFolders.Select(path => new DropFolder(path, TimeSpan.FromSeconds(options.Value.DropFolder.QuietSeconds), logger))];
    private DateTimeOffset _pausedUntil;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_folders.Count == 0) return;
        logger.LogInformation("Watching drop folders {Folders}: a file is taken once unchanged for {Quiet} s", _folders.Select(f => f.Path), options.Value.DropFolder.QuietSeconds);
        var interval = TimeSpan.FromSeconds(options.Value.DropFolder.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The watcher outlives any one bad poll: the next one starts afresh.
                logger.LogError(e, "Drop folders: a poll failed; trying again in {Interval} s", interval.TotalSeconds);
            }
            await Task.Delay(interval, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    /// <summary>One look at every folder, taking the files that are complete; one poll at a time.</summary>
    public async Task PollAsync(CancellationToken cancellationToken = default)
    {
        await _polling.WaitAsync(cancellationToken);
        try
        {
            if (clock.GetUtcNow() < _pausedUntil) return;
            ArchiveService archive;
            try
            {
                archive = await host.GetAsync(cancellationToken);
            }
            catch (Errors.ArchiveUnavailableException)
            {
                return; // the host logs why; the files wait for the next poll
            }
            foreach (var folder in _folders)
            {
                foreach (var file in folder.Complete(clock.GetUtcNow()))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!Take(archive, folder, file, cancellationToken)) return;
                }
            }
        }
        finally
        {
            _polling.Release();
        }
    }

    /// <summary>Ingests one complete file and sets it aside; false when the disk is full (the watcher pauses).</summary>
    private bool Take(ArchiveService archive, DropFolder folder, FileInfo file, CancellationToken cancellationToken)
    {
        var via = $"Drop folder {folder.Path}";
        try
        {
            // A link would let whoever may write to the drop folder have any file the host can read ingested (the
            // keys of the data folder included) and then read it back through search and the original's download.
            if (file.LinkTarget is not null)
            {
                logger.LogWarning("{Via} {FileName}: failed, it is a link (to {Target}), not a file", via, file.Name, file.LinkTarget);
                folder.SetAside(file, DropFolder.Failed, Note(file.Name, "这是一个链接，不是文件：请放入文件本身", "it is a link, not a file: drop the file itself"));
                return true;
            }
            // Refused unread, as an empty file is: a pipe shows size 0 too, and reading one waits for a writer, for
            // ever if none comes, and every drop folder with it.
            if (file.Length == 0)
            {
                logger.LogInformation("{Via} {FileName}: failed, the file is empty", via, file.Name);
                folder.SetAside(file, DropFolder.Failed, Note(file.Name, "文件是空的", "the file is empty"));
                return true;
            }
            var limit = archive.Options.MaxFileBytes;
            if (file.Length > limit)
            {
                logger.LogInformation("{Via} {FileName}: failed, {Size} bytes is over the {Limit} bytes limit", via, file.Name, file.Length, limit);
                folder.SetAside(file, DropFolder.Failed, Note(file.Name, $"文件超过 {limit / 1048576} MB 的上限", $"the file is over the {limit / 1048576} MB limit"));
                return true;
            }
            var content = File.ReadAllBytes(file.FullName);
            // Still being written after all: it is looked at again from the start.
            if (!folder.Unchanged(file, content.Length)) return true;
            var outcome = UploadIngestion.Ingest(archive, file.Name, content, via, logger, cancellationToken: cancellationToken);
            folder.SetAside(file, outcome.Ingested ? DropFolder.Ingested : DropFolder.Failed,
                outcome.Error is { } error ? Note(file.Name, error.MessageZh, error.MessageEn) : null);
            return true;
        }
        catch (Exception e) when (ArchiveService.IsDiskFull(e))
        {
            _pausedUntil = clock.GetUtcNow() + FullDiskPause;
            logger.LogError(e, "{Via} {FileName}: the disk is full; the file stays and the drop folders wait {Minutes} minute(s)", via, file.Name, FullDiskPause.TotalMinutes);
            return false;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return true; // taken away between the look and the read: nothing to do
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("{Via} {FileName}: failed, the file cannot be read ({Reason})", via, file.Name, e.Message);
            folder.SetAside(file, DropFolder.Failed, Note(file.Name, $"无法读取文件（{e.Message}）", $"the file cannot be read ({e.Message})"));
            return true;
        }
    }

    private string Note(string fileName, string zh, string en) =>
        $"{fileName}\n{clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC\n未能导入：{zh}\nNot ingested: {en}\n";
}
