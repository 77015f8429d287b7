namespace Archive.Web.Browse;

/// <summary>
/// How a page names a document's parts by its kind: a newspaper's publisher is its paper and its pages are 版; a
/// notice's publisher is its 发文机关; only a bulletin comes in issues (期), so only its articles have a 本期.
/// </summary>
public static class KindWording
{
    public static string PublisherLabel(DocumentKind kind) => kind switch
    {
        DocumentKind.NewspaperPage => "报纸",
        DocumentKind.Notice => "发文机关",
        _ => "编发单位",
    };

    public static string PageLabel(DocumentKind kind) => kind == DocumentKind.NewspaperPage ? "版次" : "页码";

    public static string Page(DocumentKind kind, int page) => kind == DocumentKind.NewspaperPage ? $"第 {page} 版" : $"第 {page} 页";

    /// <summary>What holds an article with its neighbours: 本期 (the issue), 本版 (the newspaper page), else 本文档.</summary>
    public static string Container(DocumentKind kind) => kind switch
    {
        DocumentKind.Bulletin => "本期",
        DocumentKind.NewspaperPage => "本版",
        _ => "本文档",
    };
}
