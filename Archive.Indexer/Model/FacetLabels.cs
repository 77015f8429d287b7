namespace Archive.Indexer.Model;

/// <summary>The Chinese labels of the facets, as the UI and the CLI show them.</summary>
public static class FacetLabels
{
    public static string Chinese(FacetField field) => field switch
    {
        FacetField.Section => "栏目",
        FacetField.Department => "来源单位",
        FacetField.Region => "地区",
        FacetField.Year => "年份",
        FacetField.Kind => "类型",
        FacetField.Series => "刊物",
        FacetField.Keyword => "主题词",
        _ => field.ToString(),
    };
}
