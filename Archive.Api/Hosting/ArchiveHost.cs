using Archive.Api.Configuration;
using Archive.Api.Errors;
using Archive.Indexer;
using Microsoft.Extensions.Options;

namespace Archive.Api.Hosting;

/// <summary>
/// Holds the process's one <see cref="ArchiveService"/>. Opens it in the background as the host starts
/// (the server listens meanwhile and answers readiness honestly), ingests the samples first when the
/// data folder holds no archive yet, and closes it when the host stops.
/// </summary>
public sealed class ArchiveHost(IOptions<ArchiveApiOptions> options, ILogger<ArchiveHost> logger) : IHostedService, IDisposable
{
    private readonly Lazy<Task<ArchiveService>> opening = new(() => Task.Run(() => Open(options.Value, logger)));
    private volatile bool handedToContainer;

    public bool IsReady => opening.IsValueCreated && opening.Value.IsCompletedSuccessfully;

    public bool HasFailed => opening.IsValueCreated && opening.Value.IsFaulted;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = opening.Value;
        return Task.CompletedTask;
    }

    /// <summary>The open archive; waits while it opens, throws <see cref="ArchiveUnavailableException"/> if it cannot.</summary>
    public async ValueTask<ArchiveService> GetAsync(CancellationToken cancellationToken)
    {
        var task = opening.Value;
        if (task.IsCompletedSuccessfully)
        {
            return task.Result;
        }
        try
        {
            // The samples take a few seconds at most; past that, say "starting" rather than hold the client.
            return await task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new ArchiveUnavailableException(starting: true);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ArchiveUnavailableException(starting: false, e);
        }
    }

    /// <summary>The same, for callers that cannot await.</summary>
    public ArchiveService Get() => GetAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>For the DI container's ArchiveService registration: the container then owns (and disposes) it.</summary>
    public ArchiveService HandToContainer()
    {
        var archive = Get();
        handedToContainer = true;
        return archive;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        if (handedToContainer || !opening.IsValueCreated) return;
        // An archive still opening when the host stops is closed once it is open (a short wait first, so the data
        // folder is usually released before Dispose returns): otherwise its index lock and files would outlive the host.
        var task = opening.Value;
        try
        {
            task.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            return; // it failed to open: nothing to close
        }
        task.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }

    private static ArchiveService Open(ArchiveApiOptions settings, ILogger logger)
    {
        var dataDirectory = Path.GetFullPath(settings.DataDirectory);
        // A new archive is one without its database: the folder may already hold the keys that seal sign-in cookies,
        // written as the host started.
        var empty = !File.Exists(Path.Combine(dataDirectory, "archive.db"));
        try
        {
            Directory.CreateDirectory(dataDirectory);
            var archive = ArchiveService.Open(new ArchiveOptions
            {
                DataDirectory = dataDirectory,
                MaxFileBytes = settings.Limits.MaxFileBytes,
                SearchCacheEntries = settings.SearchCache.Entries,
                SearchCacheMegabytes = settings.SearchCache.Megabytes,
            });
            if (archive.Repair is { } repair)
            {
                logger.LogWarning("Archive at {DataDirectory}: {Repair}", dataDirectory, repair);
            }
            if (empty && settings.SeedSamples)
            {
                Seed(archive, settings.SamplesDirectory ?? Path.Combine(AppContext.BaseDirectory, "samples"), logger);
            }
            var stats = archive.Stats();
            logger.LogInformation("Archive open at {DataDirectory}: {Documents} documents, {Articles} articles", dataDirectory, stats.Documents, stats.Articles);
            return archive;
        }
        catch (Exception e)
        {
            logger.LogCritical(e, "The archive at {DataDirectory} could not be opened", dataDirectory);
            throw;
        }
    }

    private static void Seed(ArchiveService archive, string samplesDirectory, ILogger logger)
    {
        if (!Directory.Exists(samplesDirectory))
        {
            logger.LogWarning("New archive, but no samples at {SamplesDirectory}: starting empty", samplesDirectory);
            return;
        }
        var files = archive.Ingest([samplesDirectory]);
        logger.LogInformation("New archive: ingested the samples ({Documents} new documents, {Articles} articles, {Failures} failures)",
            files.Count(f => f.Status == FileOutcomeStatus.New), files.Sum(f => f.Articles), files.Count(f => f.Status == FileOutcomeStatus.Failed));
    }
}
