namespace Archive.Indexer.Chinese;

/// <summary>
/// The loaded language data: segmenter (dictionaries, word bigrams, HMM), stop words, IDF table, script folding, homophones and characters written alike, each loaded on first use,
/// once, by whichever thread asks first. <see cref="Shared"/> reads the files beside the running assembly;
/// a test or tool can load another folder with the constructor.
/// </summary>
internal sealed class ChineseLanguage
{
    private readonly Lazy<Segmenter> segmenter;
    private readonly Lazy<StopWords> stopWords;
    private readonly Lazy<IdfTable> idf;
    private readonly Lazy<string> fingerprint;
    private readonly Lazy<ScriptFolding> scriptFolding;
    private readonly Lazy<Homophones> homophones;
    private readonly Lazy<SimilarShapes> similarShapes;

    public ChineseLanguage(string baseDirectory)
    {
        Files = new DataPackageFiles(baseDirectory);
        segmenter = new Lazy<Segmenter>(LoadSegmenter, LazyThreadSafetyMode.ExecutionAndPublication);
        fingerprint = new Lazy<string>(() => Files.Fingerprint(Segmenter.Version), LazyThreadSafetyMode.ExecutionAndPublication);
        stopWords = new Lazy<StopWords>(() => StopWords.Load(Files.StopWords), LazyThreadSafetyMode.ExecutionAndPublication);
        idf = new Lazy<IdfTable>(() => IdfTable.Load(Files.Idf), LazyThreadSafetyMode.ExecutionAndPublication);
        scriptFolding = new Lazy<ScriptFolding>(
            () => ScriptFolding.Load(Files.TraditionalCharacters, Files.TraditionalPhrases), LazyThreadSafetyMode.ExecutionAndPublication);
        homophones = new Lazy<Homophones>(() => Homophones.Load(Files.Pinyin), LazyThreadSafetyMode.ExecutionAndPublication);
        similarShapes = new Lazy<SimilarShapes>(() => SimilarShapes.Load(Files.Decompositions), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The process-wide instance over data-packages/ and dict/ beside the assembly.</summary>
    public static ChineseLanguage Shared { get; } = new(AppContext.BaseDirectory);

    public DataPackageFiles Files { get; }

    /// <exception cref="DataPackageException">A data file is missing or corrupt.</exception>
    public Segmenter Segmenter => segmenter.Value;

    public StopWords StopWords => stopWords.Value;

    public IdfTable Idf => idf.Value;

    /// <summary>Traditional to simplified script, character for character.</summary>
    public ScriptFolding ScriptFolding => scriptFolding.Value;

    /// <summary>Characters that sound alike, for the respelling of typed queries.</summary>
    public Homophones Homophones => homophones.Value;

    /// <summary>Characters written alike, for the respelling of typed queries.</summary>
    public SimilarShapes SimilarShapes => similarShapes.Value;

    /// <summary>Texts keyword extraction cut, for the word analyzer to take rather than cut again when the index catches up.</summary>
    public RecentSegmentations RecentSegmentations { get; } = new(RecentTexts);

    /// <summary>
    /// A title and a body per article: a bulk ingest parses up to some 20,000 articles ahead of the index (86% of the
    /// texts of 20,000 generated articles were taken), at about 1.3 KB of packed tokens a text.
    /// </summary>
    private const int RecentTexts = 65536;

    /// <summary>Identifies the segmentation the word field is built with: the index records it and is rebuilt when it changes.</summary>
    public string Fingerprint => fingerprint.Value;

    private Segmenter LoadSegmenter()
    {
        var smartCn = SmartCnDictionaries.Load(Files.SmartCnDictionaries);
        return new Segmenter(
            WordDictionary.Load(smartCn, Files.JiebaDictionary, Files.Towns, Files.Counties, Files.DomainDictionaries, Files.PhraseLists),
            new WordBigrams(smartCn.BigramKeys, smartCn.BigramCounts),
            HmmModel.Load(Files.HmmModel));
    }

    /// <summary>
    /// The word field's analyzer, for indexing and queries alike: precise mode, stop words removed. Search mode's
    /// sub-words would add a quarter more word tokens to index; a part of a word is found through the bigrams.
    /// </summary>
    public WordAnalyzer WordAnalyzer() => new(Segmenter, StopWords, SegmentMode.Precise, RecentSegmentations);
}
