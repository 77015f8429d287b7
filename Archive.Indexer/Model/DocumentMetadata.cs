namespace Archive.Indexer.Model;

/// <summary>
/// What people cite a document by (刊物, 期号, 日期, 编发单位, 文号 ...): read by the parsers, kept by the store, corrected by
/// editors. The parsed and the stored document both are this metadata plus what is theirs alone.
/// </summary>
public abstract record DocumentMetadata
{
    public required DocumentKind Kind { get; init; }
    /// <summary>The document's own title (notices, web articles, reports); bulletins have a series and an issue instead.</summary>
    public string? Title { get; init; }
    /// <summary>刊物: the name of the publication, e.g. 安庆组工信息.</summary>
    public string? Series { get; init; }
    /// <summary>
    /// The publication readers name it by (刊物): the series, or, for a newspaper page that prints none, its paper (the
    /// publisher: 来源：浙江日报). Searched with 刊物:, counted by the series facet, cited.
    /// </summary>
    internal string? Publication => Series ?? (Kind == DocumentKind.NewspaperPage ? Publisher : null);
    /// <summary>期号: 第8期 -> 8.</summary>
    public int? IssueNumber { get; init; }
    /// <summary>总第123期 -> 123, where the issue states it.</summary>
    public int? TotalIssueNumber { get; init; }
    public DateOnly? Date { get; init; }
    /// <summary>编印单位 or issuer: 中共安庆市委组织部研究室.</summary>
    public string? Publisher { get; init; }
    /// <summary>Region path province/city/county: 安徽省/安庆市.</summary>
    public string? Region { get; init; }
    /// <summary>文号: 庆组明电〔2020〕2号.</summary>
    public string? DocNumber { get; init; }
    /// <summary>紧急程度: 特急, 加急.</summary>
    public string? Urgency { get; init; }
    /// <summary>密级: 秘密, 机密 ...</summary>
    public string? Classification { get; init; }
    /// <summary>主送.</summary>
    public string? Recipients { get; init; }
    public string? Author { get; init; }
    public string? Site { get; init; }
    /// <summary>Where a web page was read (获取和访问路径 of its citation): its canonical address, or the one its text gives (本文链接：…).</summary>
    public string? SourceUrl { get; init; }
    public int? Views { get; init; }
    /// <summary>The distribution footer of a bulletin or notice: 报, 送, 发, 抄送 … -> who.</summary>
    public IReadOnlyDictionary<string, string>? Distribution { get; init; }
    /// <summary>领导批示, where an issue carries it.</summary>
    public string? LeaderInstructions { get; init; }
}
