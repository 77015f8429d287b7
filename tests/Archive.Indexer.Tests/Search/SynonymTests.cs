using Archive.Indexer.Chinese;
using Archive.Indexer.Regions;
using Archive.Indexer.Search.Synonyms;
using Archive.Indexer.Search.Syntax;
using Archive.Indexer.Tests.Store;
using Archive.Indexer.Search.Indexing;
using Archive.Indexer.Search.Queries;

namespace Archive.Indexer.Tests.Search;

/// <summary>The synonym tables: their format, how terms are matched in a query, and the bound on a long group.</summary>
public sealed class SynonymTests : IDisposable
{
    private static readonly TextAnalysis Analysis = TextAnalysis.For(ChineseLanguage.Shared);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private sealed class GivenGroups(params SynonymGroup[] groups) : ISynonymSource
    {
        public IEnumerable<SynonymGroup> Groups() => groups;
    }

    private static SynonymTable Table(params SynonymGroup[] groups) => new([new GivenGroups(groups)], Analysis.WordTerms);

    [Fact]
    public void A_term_is_found_however_the_query_was_cut_and_in_either_script()
    {
        var table = Table(new SynonymGroup(["两新组织", "新经济组织和新社会组织"]));

        foreach (var query in new[] { "两新组织", "兩新組織" })
        {
            var (length, synonyms) = table.Match(Analysis.WordTerms(query), 0);
            Assert.True(length >= 1);
            Assert.Equal(["新经济组织和新社会组织"], synonyms);
        }
        Assert.Equal(["两新组织"], table.Match(Analysis.WordTerms("新经济组织和新社会组织"), 0).Synonyms);
    }

    [Fact]
    public void A_one_way_group_expands_its_first_term_only()
    {
        var table = Table(new SynonymGroup(["两优一先", "优秀共产党员", "优秀党务工作者"], OneWay: true));

        Assert.Equal(["优秀共产党员", "优秀党务工作者"], table.Match(Analysis.WordTerms("两优一先"), 0).Synonyms);
        Assert.Empty(table.Match(Analysis.WordTerms("优秀共产党员"), 0).Synonyms);
    }

    [Fact]
    public void A_term_naming_the_same_as_a_one_way_groups_first_stands_for_what_it_stands_for()
    {
        var table = Table(new SynonymGroup(["两新组织", "新经济组织和新社会组织"]), new SynonymGroup(["两新组织", "非公企业", "社会组织"], OneWay: true));

        Assert.Equal(["两新组织", "非公企业", "社会组织"], table.Match(Analysis.WordTerms("新经济组织和新社会组织"), 0).Synonyms);
        Assert.Equal(["新经济组织和新社会组织", "非公企业", "社会组织"], table.Match(Analysis.WordTerms("两新组织"), 0).Synonyms);
        Assert.Empty(table.Match(Analysis.WordTerms("非公企业"), 0).Synonyms);
    }

    [Fact]
    public void The_file_format_reads_groups_one_way_lines_and_comments_and_names_a_bad_line()
    {
        var path = _temp.File("synonyms.tsv");
        File.WriteAllText(path, "# comment\n组织工作\t组工\n两优一先\t=>\t优秀共产党员\t先进基层党组织\n\n");
        Assert.Equal([new[] { "组织工作", "组工" }, new[] { "两优一先", "优秀共产党员", "先进基层党组织" }],
            new SynonymFile(path).Groups().Select(g => g.Terms.ToArray()));
        Assert.Equal([false, true], new SynonymFile(path).Groups().Select(g => g.OneWay));

        File.WriteAllText(path, "组织工作\n");
        var error = Assert.Throws<DataPackageException>(() => new SynonymFile(path).Groups());
        Assert.Contains("line 1", error.Message);
    }

    [Fact]
    public void An_abbreviations_full_form_of_nine_words_is_a_term()
    {
        var table = Table(new SynonymGroup(["两学一做", "学党章党规学系列讲话做合格党员"]));

        Assert.Equal(["两学一做"], table.Match(Analysis.WordTerms("学党章党规学系列讲话做合格党员"), 0).Synonyms);
    }

    [Fact]
    public void A_word_with_many_synonyms_uses_the_first_few_and_says_so()
    {
        var many = Enumerable.Range(1, 20).Select(i => $"同义说法{i}号").Prepend("组工").ToList();
        var compiler = new QueryCompiler(Analysis, Table(new SynonymGroup(many)));

        var compiled = compiler.Compile(QuerySyntaxParser.Parse("组工 培训"));

        Assert.NotNull(compiled.Query);
        Assert.Contains(compiled.Warnings, w => w.Contains("同义词较多", StringComparison.Ordinal));
        Assert.Contains("同义说法4号", compiled.Understood);
        Assert.DoesNotContain("同义说法5号", compiled.Understood);
    }

    [Fact]
    public void The_project_tables_and_the_gazetteer_know_the_domain_terms_and_place_short_forms()
    {
        var sources = ChineseLanguage.Shared.Files.SynonymTables.Select(ISynonymSource (p) => new SynonymFile(p)).Append(new PlaceShortForms(Gazetteer.LoadDefault()));
        var table = new SynonymTable(sources, Analysis.WordTerms);

        Assert.Contains("组织工作", table.Match(Analysis.WordTerms("组工"), 0).Synonyms);
        Assert.Contains("察哈尔右翼后旗", table.Match(Analysis.WordTerms("察右后旗"), 0).Synonyms);
        // 新兴领域 (新兴领域党建) is the umbrella the articles name by its parts: the two new kinds of organisation and the
        // new employment groups.
        Assert.Equal(["两新组织", "非公企业", "社会组织", "新就业群体"], table.Match(Analysis.WordTerms("新兴领域"), 0).Synonyms);
        // 团委 is written with its level inside it (团省委, 团区委), where no exact text of it is: one way, a level's
        // committee is not another's.
        Assert.Equal(["团省委", "团市委", "团县委", "团区委"], table.Match(Analysis.WordTerms("团委"), 0).Synonyms);
        Assert.Empty(table.Match(Analysis.WordTerms("团省委"), 0).Synonyms);
    }

    [Theory]
    [InlineData("安庆组工信息第8期", "第8期")]
    [InlineData("总第 125 期", "总第 125 期")]
    [InlineData("第8期间", "第8")] // 期 belongs to 期间: no issue, the ordinal alone (one word since Segmenter 15)
    [InlineData("岳办发〔2017〕2号", "岳办发〔2017〕2号")]
    [InlineData("转发皖组字〔2020〕12号 文件", "转发皖组字〔2020〕12号")]
    public void An_issue_or_a_document_number_as_cited_is_one_exact_word(string query, string? issue)
    {
        var words = new QueryWordCutter(Analysis, new SynonymTable([], Analysis.WordTerms)).Cut(query);

        Assert.Equal(issue, words.SingleOrDefault(w => w.Exact && w.Label.Any(char.IsAsciiDigit))?.Label);
    }

    [Theory]
    [InlineData("社区里的党员志愿者", "里")]
    [InlineData("退休的老党员", "老")]
    [InlineData("怎样让楼宇里的企业组织起来", "里")]
    public void A_particle_is_no_part_of_the_single_character_beside_it(string query, string character)
    {
        // Joined, 里的 and 的老 were texts found exactly, ranking the articles that happen to hold them.
        var words = new QueryWordCutter(Analysis, new SynonymTable([], Analysis.WordTerms)).Cut(query);

        Assert.Contains(words, w => w.Label == character);
        Assert.DoesNotContain(words, w => w.Label.Contains('的'));
    }

    [Fact]
    public void Words_typed_apart_that_make_a_term_are_still_found_apart()
    {
        // 疫情 防控 is two words to find anywhere, as 发展 党员 is: read as the term 疫情防控 (with its synonyms) it lost every
        // article holding the two apart.
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        archive.IngestUpload("term.txt", "东城区防控工作\n\n东城区扎实做好疫情防控工作，社区干部全员上岗。\n"u8.ToArray());
        archive.IngestUpload("apart.txt", "西城区社区工作\n\n西城区在疫情期间组织党员下沉社区，做好重点人群的防控和服务。\n"u8.ToArray());

        var titles = archive.Search(new SearchRequest { Query = "疫情 防控" }).Hits.Select(h => h.Title).ToList();

        Assert.Contains("东城区防控工作", titles);
        Assert.Contains("西城区社区工作", titles);
    }

    [Fact]
    public void A_term_typed_with_spaces_between_its_words_is_also_found_by_its_synonyms()
    {
        // 新经济组织 新社会组织 types the term 新经济组织和新社会组织 in two runs: an article naming it 两新组织 holds every word
        // the searcher meant, and one holding the words as typed is still a full match.
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        archive.IngestUpload("short.txt", "某县两新党建\n\n某县推进两新组织党建工作，组织覆盖率和工作覆盖率不断提高。\n"u8.ToArray());
        archive.IngestUpload("typed.txt", "某区非公党建\n\n某区在新经济组织中建立党组织，在新社会组织中开展党建工作。\n"u8.ToArray());
        archive.IngestUpload("other.txt", "某镇党建工作\n\n某镇开展农村党建工作，村党组织书记述职评议。\n"u8.ToArray());

        var results = archive.Search(new SearchRequest { Query = "新经济组织 新社会组织 党建" });

        Assert.Equal(2, results.FullMatches);
        Assert.Equal(["某区非公党建", "某县两新党建"], results.Hits.Take(2).Select(h => h.Title).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("疫情 (捐款 OR 捐赠) 防控")]
    [InlineData("疫情 -党员 防控")]
    [InlineData("疫情 \"社区\" 防控")]
    public void Runs_with_another_clause_typed_between_them_make_no_term(string query)
    {
        // 疫情 and 防控 are typed apart, with a group, an exclusion or a phrase between them: not the term 疫情防控, so an
        // article naming only its synonym 抗疫 holds neither word, and none of the group's (it had 0 -> 8 full matches on corpus/real).
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        archive.IngestUpload("typed.txt", "东城区社区工作\n\n东城区社区组织居民捐款支持疫情防控工作，志愿者下沉一线。\n"u8.ToArray());
        archive.IngestUpload("synonym.txt", "西城区社区工作\n\n西城区社区干部坚守抗疫一线，为居民送菜上门。\n"u8.ToArray());

        var results = archive.Search(new SearchRequest { Query = query });

        Assert.Equal(1, results.FullMatches);
        Assert.Equal("东城区社区工作", results.Hits[0].Title);
    }

    [Fact]
    public void A_term_typed_apart_counts_its_synonyms_once_so_the_term_as_typed_ranks_first()
    {
        // 组织 工作 is the term 组织工作 typed apart: its synonym 组工 finds the articles naming it so, scored as the joined
        // term's synonym would be. Added to both words, it counted twice, and an article whose title says 组工 twice
        // outranked one whose title says 组织工作 (on corpus/real the top six were all 组工 articles).
        var real = Archive.Evaluation.Parsing.LabelledCorpus.FindUpwards(AppContext.BaseDirectory, "corpus/real")
            ?? throw new DirectoryNotFoundException("corpus/real not found above the test assembly");
        using var archive = ArchiveService.Open(new ArchiveOptions { DataDirectory = _temp.File("data") });
        foreach (var file in new[] { "web/w300.txt", "web/w330.txt", "reports/r049.txt", "bulletins/b050.txt" })
            archive.IngestUpload(Path.GetFileName(file), File.ReadAllBytes(Path.Combine(real, file)));

        var titles = archive.Search(new SearchRequest { Query = "组织 工作" }).Hits.Select(h => h.Title).ToList();

        var typed = titles.FindIndex(t => t.Contains("组织工作开放日", StringComparison.Ordinal));
        var synonym = titles.FindIndex(t => t.Contains("組工學堂", StringComparison.Ordinal));
        Assert.True(typed >= 0 && synonym >= 0, string.Join(" | ", titles));
        Assert.True(typed < synonym, string.Join(" | ", titles));
    }

    [Fact]
    public void A_term_typed_apart_past_the_words_counted_shows_no_synonyms()
    {
        // Words past the twelfth are not searched: the synonyms of a term among them are neither shown nor marked.
        var compiler = new QueryCompiler(Analysis, Table(new SynonymGroup(["两新组织", "新经济组织和新社会组织"])));
        const string twelve = "党建 干部 培训 考核 选拔 任用 监督 管理 服务 基层 农村 社区";

        var past = compiler.Compile(QuerySyntaxParser.Parse($"{twelve} 新经济组织 新社会组织"));
        var within = compiler.Compile(QuerySyntaxParser.Parse($"新经济组织 新社会组织 {twelve}"));

        Assert.DoesNotContain("两新组织", past.Understood);
        Assert.DoesNotContain("两新组织", past.Needles);
        Assert.Contains("两新组织", within.Understood);
        Assert.Contains("两新组织", within.Needles);
    }
}
