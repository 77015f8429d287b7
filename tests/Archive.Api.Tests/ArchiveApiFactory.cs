using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Archive.Api.Tests;

/// <summary>
/// The real host (Program) over a fresh temporary folder: root/data is the data folder, which the host
/// seeds with the samples when asked to. Settings override appsettings.json; the folder goes on dispose.
/// </summary>
public class ArchiveApiFactory : WebApplicationFactory<Program>
{
    public const string TestKey = "tests-key-0123456789abcdef";

    private readonly IReadOnlyDictionary<string, string?> settings;

    private readonly bool ownsRoot;

    /// <param name="root">The folder of a host before this one (a restart over its data), kept on dispose; null for a new one.</param>
    public ArchiveApiFactory(IReadOnlyDictionary<string, string?> settings, string? root = null)
    {
        ownsRoot = root is null;
        Root = root ?? Path.Combine(Path.GetTempPath(), "archive-api-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        this.settings = settings;
    }

    /// <summary>The temporary folder; only DataDirectory inside it may ever be written to.</summary>
    public string Root { get; }

    public string DataDirectory => Path.Combine(Root, "data");

    /// <summary>What the host logged, at every level.</summary>
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Archive:DataDirectory"] = DataDirectory,
        }));
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && ownsRoot)
        {
            DeleteTree(Root);
        }
    }

    /// <summary>
    /// Deletes a test's folder. The host's data protection writes the cookie and antiforgery keys into the data folder
    /// from a background task it starts with the host, which a short test can outlive by a moment: a folder that
    /// fills again while it is deleted is deleted again.
    /// </summary>
    public static void DeleteTree(string path)
    {
        for (var attempt = 1; Directory.Exists(path); attempt++)
        {
            try
            {
                Directory.Delete(path, recursive: true);
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(100);
            }
        }
    }
}
