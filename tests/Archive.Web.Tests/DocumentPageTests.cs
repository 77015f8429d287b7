namespace Archive.Web.Tests;

/// <summary>What a document's paper states beyond what it is cited by reaches its pages.</summary>
[Collection(ArchiveSiteCollection.Name)]
public sealed class DocumentPageTests(ArchiveSite site)
{
    [Theory]
    [InlineData("/articles/{0}-1")]
    [InlineData("/documents/{0}")]
    public async Task A_notice_shows_whom_it_is_addressed_to_and_how_urgent_it_is(string path)
    {
        var notice = site.Samples.Single(s => Path.GetFileName(s.Path).StartsWith("003_", StringComparison.Ordinal)).DocumentId;
        using var client = site.NewHttpClient();

        var html = await client.GetStringAsync(string.Format(path, notice));

        Assert.Contains("<th scope=\"row\">主送</th><td>各县（市、区）委组织部", html);
        Assert.Contains("<th scope=\"row\">紧急程度</th><td>特急</td>", html);
    }
}
