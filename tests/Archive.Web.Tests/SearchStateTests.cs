using Archive.Web.Browse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace Archive.Web.Tests;

/// <summary>The URL is the state: every link the page builds reads back as the state it was built from.</summary>
public sealed class SearchStateTests
{
    private static SearchStateReading Read(string url) =>
        SearchState.Read(new QueryCollection(QueryHelpers.ParseQuery(url.Contains('?') ? url[url.IndexOf('?')..] : "")));

    [Fact]
    public void A_state_with_repeated_facet_values_survives_the_round_trip_through_its_url()
    {
        var state = new SearchState { Query = "考察识别 \"干部\"", Sort = SearchSort.Oldest, Page = 3 }
            .Toggle(FacetField.Section, "市外参考")
            .Toggle(FacetField.Region, "安徽省/安庆市")
            .Toggle(FacetField.Region, "陕西省/铜川市")
            .WithPage(3);

        var reading = Read(state.ToUrl());

        Assert.Empty(reading.Problems);
        Assert.Equal(state.Query, reading.State.Query);
        Assert.Equal(["安徽省/安庆市", "陕西省/铜川市"], reading.State.Filters[FacetField.Region]);
        Assert.Equal(["市外参考"], reading.State.Filters[FacetField.Section]);
        Assert.Equal(SearchSort.Oldest, reading.State.EffectiveSort);
        Assert.Equal(3, reading.State.Page);
    }

    [Fact]
    public void Ticked_values_read_as_their_facets_list_them_each_once_and_one_with_no_listed_form_as_written()
    {
        var state = new SearchState().Toggle(FacetField.Section, "基層黨建").Toggle(FacetField.Section, "基层党建").Toggle(FacetField.Region, "无此地");

        var listed = state.WithFacetValues((field, value) => field == FacetField.Region ? null : value.Replace("層黨", "层党", StringComparison.Ordinal));

        Assert.Equal(["基层党建"], listed.Filters[FacetField.Section]);
        Assert.Equal(["无此地"], listed.Filters[FacetField.Region]);
    }

    [Fact]
    public void Links_read_like_the_words_they_hold()
    {
        var state = new SearchState().Toggle(FacetField.Section, "市外参考").Toggle(FacetField.Region, "安徽省/安庆市");
        Assert.Equal("/?section=市外参考&region=安徽省/安庆市", state.ToUrl());
    }

    [Fact]
    public void Other_places_experience_is_every_section_a_house_prints_it_under_and_one_link_browses_them_all()
    {
        IReadOnlyList<FacetValue> sections =
            [new("市内信息", 9, false), new("他山之石", 4, false), new("工作动态", 7, false), new("市外参考", 2, false), new("外地经验", 1, false)];

        var elsewhere = ElsewhereSections.In(sections);

        Assert.Equal(["他山之石", "市外参考", "外地经验"], elsewhere.Select(v => v.Value));
        var link = new SearchState().WithOnly(FacetField.Section, [.. elsewhere.Select(v => v.Value)]).ToUrl();
        Assert.Equal(["他山之石", "市外参考", "外地经验"], Read(link).State.Filters[FacetField.Section]);
        Assert.False(ElsewhereSections.Contains("市内信息"));
    }

    [Fact]
    public void Characters_that_would_change_the_url_are_escaped_and_read_back_unchanged()
    {
        var query = "a&b=c #d +e %f?g 　全角空格 \"引号\" 𠀀";
        var reading = Read(new SearchState { Query = query }.ToUrl());
        Assert.Equal(query, reading.State.Query);
    }

    [Fact]
    public void Ticking_a_ticked_value_unticks_it_and_any_change_of_filter_goes_back_to_page_one()
    {
        var state = new SearchState { Page = 4 }.Toggle(FacetField.Year, "2023");
        Assert.Equal(1, state.Page);
        Assert.Equal("/?year=2023", state.ToUrl());
        Assert.Equal("/", state.Toggle(FacetField.Year, "2023").ToUrl());
    }

    [Fact]
    public void Browsing_sorts_newest_first_and_a_query_by_relevance_and_defaults_stay_out_of_the_url()
    {
        Assert.Equal(SearchSort.Newest, new SearchState().EffectiveSort);
        Assert.Equal(SearchSort.Relevance, new SearchState { Query = "党建" }.EffectiveSort);
        Assert.DoesNotContain("sort=", new SearchState().WithSort(SearchSort.Newest).ToUrl());
        Assert.Contains("sort=oldest", new SearchState().WithSort(SearchSort.Oldest).ToUrl());
    }

    [Theory]
    [InlineData("/?page=-1")]
    [InlineData("/?page=0")]
    [InlineData("/?colour=red")]
    [InlineData("/?year=20x3")]
    [InlineData("/?sort=random")]
    public void What_cannot_be_read_is_reported_and_left_out(string url)
    {
        var reading = Read(url);
        Assert.NotEmpty(reading.Problems);
        Assert.Equal("/", reading.State.ToUrl());
    }

    [Fact]
    public void A_page_past_the_last_is_reported_and_the_last_page_offered()
    {
        var reading = Read("/?page=1001");
        Assert.Contains(reading.Problems, p => p.Contains("页码"));
        Assert.Equal("/?page=1000", reading.State.ToUrl());
    }

    [Fact]
    public void An_overlong_query_is_reported_and_cut_to_the_engines_limit()
    {
        var reading = Read("/?q=" + new string('党', 5000));
        Assert.Single(reading.Problems);
        Assert.Equal(SearchState.MaxQueryLength, reading.State.Query!.Length);
    }

    [Fact]
    public void Empty_parameters_from_a_submitted_form_are_not_filters()
    {
        var reading = Read("/?q=&section=&year=");
        Assert.Empty(reading.Problems);
        Assert.False(reading.State.HasQuery);
        Assert.False(reading.State.HasFilters);
    }
}
