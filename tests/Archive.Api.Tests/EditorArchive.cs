using Archive.Web.Editing;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Api.Tests;

/// <summary>
/// A host with two editor accounts (passwords hashed as the host's `hash-password` does) and a clock the tests move
/// forward to let a sign-in expire. The samples are ingested.
/// </summary>
public sealed class EditorArchive() : ArchiveApiFactory(new Dictionary<string, string?>
{
    ["Archive:ApiKeys:tests"] = TestKey,
    ["Archive:Editors:zhang"] = Hashes.Value.Zhang,
    ["Archive:Editors:li"] = Hashes.Value.Li,
    ["Archive:Editors:broken"] = "not-a-hash",
    ["Archive:Editing:SessionMinutes"] = "60",
    ["Archive:Editing:SignInsPerMinute"] = "1000",
    ["Archive:RateLimit:SearchesPerSecond"] = "0",
})
{
    public const string ZhangPassword = "zhang-correct-horse-7";
    public const string LiPassword = "li-battery-staple-42";

    private static readonly Lazy<(string Zhang, string Li)> Hashes = new(() => (PasswordHash.Create(ZhangPassword), PasswordHash.Create(LiPassword)));

    /// <summary>The clock sign-in cookies are issued and checked by.</summary>
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
            services.PostConfigure<CookieAuthenticationOptions>(EditorPages.Scheme, o => o.TimeProvider = Clock));
    }
}

/// <summary>The real time, plus however far a test moved it on.</summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan _ahead;

    public void Advance(TimeSpan by) => _ahead += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + _ahead;
}

[CollectionDefinition(Name)]
public sealed class EditorArchiveCollection : ICollectionFixture<EditorArchive>
{
    public const string Name = "editor archive";
}
