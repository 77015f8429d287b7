namespace Archive.Indexer.Search.Indexing;

/// <summary>The Lucene field names of an article document (one document per article).</summary>
internal static class IndexFields
{
    /// <summary>Article id: stored, and the term updates and deletes go by.</summary>
    public const string Id = "id";
    /// <summary>Document id, to delete or supersede a document's articles together.</summary>
    public const string DocumentId = "doc";

    // Text indexed twice: by words (ranking, precision) and by CJK bigrams (recall, exact phrases).
    public const string TitleWords = "title_w";
    public const string TitleBigrams = "title_b";
    public const string BodyWords = "body_w";
    public const string BodyBigrams = "body_b";
    /// <summary>Citable metadata a plain query should find: document number, department, section, series, authors, captions.</summary>
    public const string MetaBigrams = "meta_b";

    // Field filters of the query syntax that match part of a value (栏目:市外 finds 市外参考).
    public const string DepartmentBigrams = "dept_b";
    public const string SectionBigrams = "section_b";
    public const string SeriesBigrams = "series_b";
    public const string DocNumberBigrams = "docno_b";
    public const string AuthorBigrams = "author_b";

    // Exact keyword fields for filters.
    /// <summary>Every level of the region path, full and short (安徽省, 安徽省/安庆市, 安庆市, 安庆).</summary>
    public const string Region = "region";
    public const string Issue = "issue";
    public const string Kind = "kind";
    public const string Keyword = "keyword";

    /// <summary>yyyymmdd as an int: numeric point for ranges and doc values for sorting.</summary>
    public const string Date = "date";
    /// <summary>The date again as doc values, with undated articles at the far end: for oldest-first sorting.</summary>
    public const string DateOldestFirst = "date_up";
    /// <summary>The leader's id of the article's near-duplicate group (keyword, stored): finds the group's members.</summary>
    public const string TwinGroup = "twin";
    /// <summary>The same group as a 64-bit key in numeric doc values (0: no group), to collapse a group's matches to one.</summary>
    public const string TwinGroupKey = "twin_key";
    /// <summary>
    /// Which member of its group stands for it when the list's order ties them (the copies of one issue in several
    /// files): the leader first (0), the others by a hash of their ids; numeric doc values, grouped articles only.
    /// </summary>
    public const string TwinRank = "twin_rank";
    /// <summary>All facet values in one SortedSet doc-values field, as "{dimension code}\u001f{value}".</summary>
    public const string Facets = "facets";

    // Stored only: what a result list shows.
    public const string Title = "title";
    public const string StoredKind = "s_kind";
    public const string StoredSeries = "s_series";
    public const string StoredIssue = "s_issue";
    public const string StoredTotalIssue = "s_total_issue";
    public const string StoredDate = "s_date";
    public const string StoredSection = "s_section";
    public const string StoredDepartment = "s_dept";
    public const string StoredRegion = "s_region";
    /// <summary>The document's 文号 as it prints it: a result line names a notice by it, as staff cite and look it up.</summary>
    public const string StoredDocNumber = "s_docno";

    /// <summary>Commit user data key: the store's change sequence this commit reflects.</summary>
    public const string StoreSequence = "store_seq";
    /// <summary>Commit user data key: the schema version, so a changed schema triggers a rebuild.</summary>
    public const string SchemaVersion = "schema";
    /// <summary>Commit user data key: the fingerprint of the segmentation (model, dictionaries, rules), so a changed one triggers a rebuild.</summary>
    public const string Segmentation = "segmentation";
    /// <summary>Commit user data key: the fingerprint of the synonyms marked (<see cref="Synonyms.SynonymMarks"/>), so a changed table triggers a rebuild.</summary>
    public const string Synonyms = "synonyms";
}
