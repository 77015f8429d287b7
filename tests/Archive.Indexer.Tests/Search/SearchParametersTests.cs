namespace Archive.Indexer.Tests.Search;

/// <summary>The one reading of a search URL that the UI, the API and the CLI share.</summary>
public class SearchParametersTests
{
    private static SearchParameters Read(string query, int pageSize = 10) =>
        SearchParameters.Read(query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .GroupBy(p => p[0], p => p.Length > 1 ? Uri.UnescapeDataString(p[1]) : null)
            .Select(g => new KeyValuePair<string, IEnumerable<string?>>(g.Key, g)), pageSize);

    [Fact]
    public void Dept_is_the_department_parameter_and_the_pages_older_name_still_reads()
    {
        var reading = Read("dept=宜秀区委组织部&department=大观区委组织部");

        Assert.Empty(reading.Refused);
        Assert.Equal(["宜秀区委组织部", "大观区委组织部"], reading.Request.Filters[FacetField.Department]);
        Assert.Contains(SearchParameters.Of(reading.Request, 10), p => p.Key == "dept");
        Assert.DoesNotContain(SearchParameters.Of(reading.Request, 10), p => p.Key == "department");
    }

    [Theory]
    [InlineData("q=党建&q=人才", "q")]
    [InlineData("sort=newest&sort=oldest", "sort")]
    [InlineData("page=1&page=2", "page")]
    [InlineData("size=5&size=50", "size")]
    public void A_parameter_of_one_value_given_twice_with_two_values_is_said_and_the_first_read(string query, string name)
    {
        var reading = Read(query);

        var said = Assert.Single(reading.Adjusted);
        Assert.Equal(name, said.Field);
        Assert.Contains("more than once", said.MessageEn);
        Assert.Empty(Read(query.Split('&')[0] + "&" + query.Split('&')[0]).Adjusted);
    }

    [Fact]
    public void An_apps_own_parameter_is_ignored_with_a_note_whatever_it_holds()
    {
        var reading = Read("q=党建&from=single\u0001message");

        Assert.Empty(reading.Refused);
        Assert.Equal("from", Assert.Single(reading.Adjusted).Field);
    }

    [Fact]
    public void A_link_of_thousands_of_bad_parameters_says_a_few_and_counts_the_rest()
    {
        var reading = Read(string.Join('&', Enumerable.Range(0, 10_000).Select(i => $"utm{i}=1&year=x{i}")));

        Assert.Equal(FieldProblems.MaxSaid, reading.Refused.Count);
        Assert.Equal(FieldProblems.MaxSaid, reading.Adjusted.Count);
        Assert.Equal("utm0", reading.Adjusted[0].Field);
        Assert.Equal("9,981 more problems are not listed.", reading.Adjusted[^1].MessageEn);
        Assert.Equal("9,981 more problems are not listed.", reading.Refused[^1].MessageEn);
    }

    [Fact]
    public void A_kind_is_read_by_its_code_or_its_chinese_name_and_kept_as_the_code()
    {
        var reading = Read("kind=通知&kind=bulletin&kind=花名册&kind=網頁文章");

        Assert.Equal(["notice", "bulletin", "web_article"], reading.Request.Filters[FacetField.Kind]);
        var refused = Assert.Single(reading.Refused);
        Assert.Equal("kind", refused.Field);
    }

    [Fact]
    public void Full_width_digits_as_a_chinese_input_method_types_them_are_a_year_and_a_page()
    {
        var reading = Read("year=２０２２&page=３&size=２０");

        Assert.Empty(reading.Refused);
        Assert.Equal(["2022"], reading.Request.Filters[FacetField.Year]);
        Assert.Equal((3, 20), (reading.Request.Page, reading.Request.PageSize));
    }

    [Theory]
    [InlineData("year=1899")]
    [InlineData("year=02022")]
    [InlineData("year=20x2")]
    [InlineData("sort=best")]
    [InlineData("page=two")]
    public void What_can_match_nothing_is_refused_and_left_out(string query)
    {
        var reading = Read(query);

        Assert.Single(reading.Refused);
        Assert.Empty(reading.Request.Filters);
        Assert.Equal(1, reading.Request.Page);
    }

    /// <summary>1899 is four digits: a message asking for four digits left the user to guess the range.</summary>
    [Theory]
    [InlineData("year=1899", "1900", "2100")]
    [InlineData("year=2101", "1900", "2100")]
    public void A_year_of_four_digits_outside_the_range_is_told_the_range(string query, string first, string last)
    {
        var refused = Assert.Single(Read(query).Refused);

        Assert.Contains($"{first}..{last}", refused.MessageEn);
        Assert.Contains($"{first} 到 {last}", refused.MessageZh);
    }

    [Theory]
    [InlineData("kind=\u0000", "U+0000")]
    [InlineData("region=安庆\u0001", "U+0001")]
    [InlineData("dept=\u001b[31m宜秀区", "U+001B")]
    [InlineData("year=2022\u0085", "U+0085")]
    [InlineData("page=\u00002", "U+0000")]
    [InlineData("sort=\nnewest", "U+000A")]
    public void A_control_character_in_any_value_but_the_query_is_refused_not_filtered_by_nothing(string query, string says)
    {
        var reading = Read(query);

        var refused = Assert.Single(reading.Refused);
        Assert.Contains(says, refused.MessageEn);
        Assert.Contains("控制字符", refused.MessageZh);
        Assert.Empty(reading.Request.Filters);
    }

    [Fact]
    public void An_unknown_parameter_is_left_out_and_said_not_refused()
    {
        var reading = Read("q=党员&from=singlemessage");

        Assert.Empty(reading.Refused);
        Assert.Equal("from", Assert.Single(reading.Adjusted).Field);
        Assert.Equal("党员", reading.Request.Query);
    }

    [Fact]
    public void Values_out_of_range_are_changed_to_fit_and_said()
    {
        var values = string.Join('&', Enumerable.Range(0, 25).Select(i => $"section=栏目{i}"));

        var reading = Read($"{values}&page=5000&size=0");

        Assert.Empty(reading.Refused);
        Assert.Equal(3, reading.Adjusted.Count);
        Assert.Equal(SearchParameters.MaxValuesPerFacet, reading.Request.Filters[FacetField.Section].Count);
        Assert.Equal(SearchRequest.MaxPage, reading.Request.Page);
        Assert.Equal(1, reading.Request.PageSize);
    }

    [Fact]
    public void A_query_too_long_is_refused_and_its_first_part_kept_to_offer_instead()
    {
        var reading = Read($"q={new string('党', SearchRequest.MaxQueryLength + 1)}");

        Assert.Equal("q", Assert.Single(reading.Refused).Field);
        Assert.Equal(SearchRequest.MaxQueryLength, reading.Request.Query!.Length);
    }

    [Fact]
    public void A_facets_values_are_counted_together_whatever_name_or_pair_they_came_in()
    {
        var values = string.Join('&', Enumerable.Range(0, 15).Select(i => $"dept=甲{i}&department=乙{i}"));

        var reading = Read(values);

        Assert.Equal(SearchParameters.MaxValuesPerFacet, reading.Request.Filters[FacetField.Department].Count);
        Assert.Equal("dept", Assert.Single(reading.Adjusted).Field);
    }

    [Fact]
    public void The_default_order_is_relevance_with_a_query_and_newest_without()
    {
        Assert.Equal(SearchSort.Relevance, Read("q=党建").Request.Sort);
        Assert.Equal(SearchSort.Newest, Read("region=安徽省").Request.Sort);
        Assert.False(Read("q=党建").SortGiven);
        Assert.True(Read("q=党建&sort=oldest").SortGiven);
    }

    [Fact]
    public void A_request_written_as_parameters_reads_back_the_same()
    {
        var request = Read("q=基层党建&region=安徽省/安庆市&year=2022&kind=notice&sort=oldest&page=3&size=25").Request;

        var again = Read(string.Join('&', SearchParameters.Of(request, 10).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"))).Request;

        Assert.Equal(request.Query, again.Query);
        Assert.Equal((request.Sort, request.Page, request.PageSize), (again.Sort, again.Page, again.PageSize));
        Assert.Equal(request.Filters.OrderBy(f => f.Key).SelectMany(f => f.Value), again.Filters.OrderBy(f => f.Key).SelectMany(f => f.Value));
    }
}
