using System.Net;
using Archive.Indexer;
using Archive.Web.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Archive.Web.Tests;

/// <summary>
/// The whole service on a real Kestrel port of 127.0.0.1, over a temporary data folder holding the five
/// samples, and one Debian chromium driven by Playwright. Shared by every test of the collection.
/// </summary>
public sealed class ArchiveSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "archive-web-tests-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public ArchiveSite() => UseKestrel(options => options.Listen(IPAddress.Loopback, 0));

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");
    public IBrowser Browser { get; private set; } = null!;
    public IReadOnlyList<FileOutcome> Samples { get; private set; } = null!;

    /// <summary>Where screenshots go: TestResults/screenshots beside this project, so they survive the run.</summary>
    public static string ScreenshotDirectory
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Archive.Web.Tests.csproj")))
                directory = directory.Parent;
            var root = directory?.FullName ?? AppContext.BaseDirectory;
            return Directory.CreateDirectory(Path.Combine(root, "TestResults", "screenshots")).FullName;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Archive:DataDirectory", _dataDirectory);
        // The samples are ingested by the fixture itself, so a failure shows in the report it keeps.
        builder.UseSetting("Archive:SeedSamples", "false");
        builder.UseSetting("Archive:RateLimit:SearchesPerSecond", "0");
        builder.UseSetting("Archive:Editors:" + EditorName, PasswordHash.Create(EditorPassword));
    }

    /// <summary>The editor account the correction journeys sign in with.</summary>
    public const string EditorName = "wang";
    public const string EditorPassword = "wang-paper-archive-9";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        Samples = Services.GetRequiredService<ArchiveService>().Ingest([Path.Combine(AppContext.BaseDirectory, "samples")]);
        if (Samples.Any(f => f.Status == FileOutcomeStatus.Failed) || Samples.Sum(f => f.Articles) == 0)
        {
            throw new InvalidOperationException("The samples did not ingest: " +
                string.Join("; ", Samples.Select(f => $"{Path.GetFileName(f.Path)} {f.Status} {f.Error}")));
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>How long a page's waits (navigation, locators) wait before they fail.</summary>
    public const float PatienceMilliseconds = 120_000;

    /// <summary>A fresh browser context (own cookies, own clipboard grant) at a desktop or phone width.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            Locale = "zh-CN",
            Permissions = ["clipboard-read", "clipboard-write"],
        });
        // Patience, not a time limit: on two busy cores a page can take longer than Playwright's default 30 s. (The waits
        // once blamed on a slow results page were missed navigations: see PageNavigation.FollowAsync.)
        context.SetDefaultTimeout(PatienceMilliseconds);
        return await context.NewPageAsync();
    }

    public HttpClient NewHttpClient() => new() { BaseAddress = BaseAddress };

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the host is left to the OS's temp cleanup.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ArchiveSiteCollection : ICollectionFixture<ArchiveSite>
{
    public const string Name = "archive site";
}

public static class PageNavigation
{
    /// <summary>
    /// Does what leads to another page and waits until a page whose address matches the pattern has loaded. The wait
    /// starts before the action: started after it, it can miss a navigation that commits between its look at the
    /// address and its subscription to navigations, and then waits out its patience (a key press did in CI).
    /// </summary>
    public static async Task FollowAsync(this IPage page, Func<Task> action, string addressPattern)
    {
        var arrived = page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(addressPattern));
        await action();
        await arrived;
    }
}
