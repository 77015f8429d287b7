namespace Archive.Web.Browse;

/// <summary>How a page names a document's parts by its kind: a newspaper's publisher is its paper, and its pages are 版.</summary>
public static class KindWording
{
    public static string PublisherLabel(DocumentKind kind) => kind == DocumentKind.NewspaperPage ? "报纸" : "编发单位";

    public static string PageLabel(DocumentKind kind) => kind == DocumentKind.NewspaperPage ? "版次" : "页码";

    public static string Page(DocumentKind kind, int page) => kind == DocumentKind.NewspaperPage ? $"第 {page} 版" : $"第 {page} 页";
}
