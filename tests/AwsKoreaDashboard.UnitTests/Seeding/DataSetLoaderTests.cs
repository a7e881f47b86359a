using System.Text.Json.Nodes;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data.Seeding;

namespace AwsKoreaDashboard.UnitTests.Seeding;

/// <summary>
/// Each validation rule, shown by changing one thing in a copy of the real data/. Each rejection names, as its
/// <see cref="RuleLayer"/> trait, the layer that holds its rule (file reader, schema, C# entry reader); removing
/// the rule there turns the test red.
/// </summary>
public sealed partial class DataSetLoaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly DataDirectoryCopy _data;

    public DataSetLoaderTests() => _data = new DataDirectoryCopy(_temp.Combine("data"));

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_repository_data_is_valid_and_holds_every_figure()
    {
        var result = DataSetLoader.Load(RepositoryPaths.DataDirectory);

        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        Assert.True(result.DataSet!.Figures.Count >= 45);
        Assert.Equal(4, result.DataSet.Sources.Count);
        Assert.True(result.DataSet.Charts.Count >= 7);
    }

    [Fact]
    public void Derived_figures_are_computed_from_their_inputs()
    {
        var figures = DataSetLoader.Load(RepositoryPaths.DataDirectory).DataSet!.Figures.ToDictionary(f => f.Key);

        Assert.Equal(5_880_000_000d / 2_040_000_000d, figures["investment-growth-factor"].Value, 10);
        Assert.Equal(408_000_000d, figures["previous-annual-average-usd"].Value, 3);
        Assert.Equal(17d, figures["cloud-adoption-gap-to-oecd"].Value, 10);
        Assert.Equal(7.85e12 / 5.88e9, figures["implied-krw-per-usd"].Value, 6);
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.FileReader)]
    public void Seeding_rejects_malformed_json_naming_the_file_and_line()
    {
        _data.WriteText("figures.json", "{ \"figures\": [ { \"key\": \"a\", } ] }");

        var error = SingleError();

        Assert.Equal("figures.json", error.File);
        Assert.Contains("line 1", error.Entry);
        Assert.Contains("malformed JSON", error.Message);
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public void Seeding_rejects_a_figure_without_an_english_label()
    {
        _data.EditFigure("jobs-per-year", f => f["label"]!.AsObject().Remove("en"));

        AssertSingleError("figures.json", "'jobs-per-year'", "label.en", "is required");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public void Seeding_rejects_a_figure_without_a_source()
    {
        _data.EditFigure("jobs-per-year", f => f["citation"]!.AsObject().Remove("source"));

        AssertSingleError("figures.json", "'jobs-per-year'", "citation.source", "is required");
    }

    [Theory]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    [InlineData("\"NaN\"", "string")]
    [InlineData("\"12300\"", "string")]
    [InlineData("true", "true")]
    public void Seeding_rejects_a_value_that_is_not_a_number(string value, string shown)
    {
        _data.WriteText("figures.json", File.ReadAllText(Path.Combine(_data.Path, "figures.json"))
            .Replace("\"value\": 12300,", $"\"value\": {value},"));

        var error = AssertSingleError("figures.json", "'jobs-per-year'", "value", "must be a finite number");
        Assert.Contains(shown, error.Message);
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_number_too_large_for_a_double()
    {
        _data.WriteText("figures.json", File.ReadAllText(Path.Combine(_data.Path, "figures.json"))
            .Replace("\"value\": 12300,", "\"value\": 1e400,"));

        AssertSingleError("figures.json", "'jobs-per-year'", "value", "must be a finite number, not 1e400");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_duplicate_key()
    {
        var copy = _data.Read("figures.json")["figures"]!.AsArray().OfType<JsonObject>().First(f => (string?)f["key"] == "jobs-per-year").DeepClone().AsObject();
        _data.AddFigure(copy);

        var error = AssertSingleError("figures.json", "'jobs-per-year'", "key", "used by an earlier entry");
        Assert.Matches(@"figures\[\d+\]", error.Entry);
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_citation_that_points_to_an_unknown_source()
    {
        _data.EditFigure("jobs-per-year", f => f["citation"]!["source"] = "daily-planet");

        AssertSingleError("figures.json", "'jobs-per-year'", "citation.source", "'daily-planet' is not a source");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public void Seeding_rejects_an_empty_quote_on_a_reported_figure()
    {
        _data.EditFigure("jobs-per-year", f => f["citation"]!["quote"] = "  ");

        AssertSingleError("figures.json", "'jobs-per-year'", "citation.quote", "is empty");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_quote_the_source_text_does_not_contain()
    {
        _data.EditFigure("jobs-per-year", f => f["citation"]!["quote"] = "연간 1만3200명의 고용 예상 효과는 덤이다.");

        AssertSingleError("figures.json", "'jobs-per-year'", "citation.quote", "not found verbatim");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_derived_figure_whose_inputs_do_not_exist()
    {
        _data.EditFigure("investment-growth-factor", f => f["formula"] = "{investment-2023-2027-usd} / {investment-previous-10y-usd}");

        AssertSingleError("figures.json", "'investment-growth-factor'", "formula", "input 'investment-previous-10y-usd' is not a figure");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_derived_figures_that_depend_on_each_other()
    {
        _data.EditFigure("investment-growth-factor", f => f["formula"] = "{previous-annual-average-usd} * 2");
        _data.EditFigure("previous-annual-average-usd", f => f["formula"] = "{investment-growth-factor} / 5");

        var errors = Load();

        Assert.Contains(errors, e => e.Field == "formula" && e.Message.Contains("depends on itself"));
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_derived_figure_that_carries_its_own_value()
    {
        _data.EditFigure("investment-growth-factor", f => f["value"] = 3);

        AssertSingleError("figures.json", "'investment-growth-factor'", "value", "computed from its formula");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public void Seeding_rejects_an_unknown_unit()
    {
        _data.EditFigure("jobs-per-year", f => f["unit"] = "jobs");

        AssertSingleError("figures.json", "'jobs-per-year'", "unit", "'jobs' is not one of");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public void Seeding_rejects_a_misspelt_field()
    {
        _data.EditFigure("jobs-per-year", f => f["lable"] = "typo");

        var error = SingleError();
        Assert.Equal("figures.json", error.File);
        Assert.Contains("lable", error.Message + error.Field);
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_chart_that_draws_an_unknown_figure()
    {
        _data.EditChart("annual-pace", c => c["series"]![0]!["figures"]![0] = "japan-annual-average-usd");

        AssertSingleError("charts.json", "'annual-pace'", "series[0].figures[0]", "'japan-annual-average-usd' is not a figure");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public void Seeding_rejects_an_unknown_chart_kind()
    {
        _data.EditChart("annual-pace", c => c["kind"] = "pie3d");

        AssertSingleError("charts.json", "'annual-pace'", "kind", "'pie3d' is not one of");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_chart_mixing_units()
    {
        _data.EditChart("annual-pace", c => c["series"]![0]!["figures"]![0] = "cloud-adoption-korea");

        AssertSingleError("charts.json", "'annual-pace'", "series[0].figures[0]", "does not fit the chart's unit money");
    }

    [Theory]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    [InlineData("takeaway", "en")]
    [InlineData("title", "ko")]
    [InlineData("note", "en")]
    public void Seeding_rejects_a_title_takeaway_or_note_naming_an_unknown_figure(string field, string language)
    {
        _data.EditChart("annual-pace", c => c[field]![language] = "Korea is at {korea-annual-avg}.");

        AssertSingleError("charts.json", "'annual-pace'", $"{field}.{language}", "'{korea-annual-avg}' is not a figure");
    }

    [Theory]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    [InlineData("subtitle", "subtitle.ko")]
    [InlineData("category", "categories[1].label.ko")]
    [InlineData("series", "series[0].label.ko")]
    public void Seeding_rejects_a_figure_token_where_text_is_shown_as_written(string where, string field)
    {
        _data.EditChart("annual-pace", c => (where switch
        {
            "subtitle" => c["subtitle"]!,
            "category" => c["categories"]![1]!["label"]!,
            _ => c["series"]![0]!["label"]!,
        })["ko"] = "연평균 {korea-annual-average-usd}");

        AssertSingleError("charts.json", "'annual-pace'", field, "'{korea-annual-average-usd}' would be shown as written");
    }

    [Theory]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    [InlineData("ko")]
    [InlineData("en")]
    public void Seeding_rejects_a_story_title_naming_an_unknown_figure(string language)
    {
        _data.Edit("sources.json", root => root["story"]!["title"]![language] = "AWS {investment-2023-2072-krw}");

        AssertSingleError("sources.json", "story", $"title.{language}", "'{investment-2023-2072-krw}' is not a figure");
    }

    [Theory]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    [InlineData("ko")]
    [InlineData("en")]
    public void Seeding_rejects_a_figure_token_in_the_story_summary_which_is_shown_as_written(string language)
    {
        _data.Edit("sources.json", root => root["story"]!["summary"]![language] = "AWS {investment-2023-2027-krw}.");

        AssertSingleError("sources.json", "story", $"summary.{language}", "'{investment-2023-2027-krw}' would be shown as written");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_figure_token_in_a_deck_title_which_is_shown_as_written()
    {
        _data.Edit("decks.json", root => root["decks"]![1]!["title"]!["en"] = "Why Korea: {investment-2023-2027-krw}");

        AssertSingleError("decks.json", "'why-korea'", "title.en", "'{investment-2023-2027-krw}' would be shown as written");
    }

    [Theory]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    [InlineData("presenter")]
    [InlineData("selection")]
    public void Seeding_rejects_a_deck_keyed_by_a_word_of_the_deck_addresses(string key)
    {
        _data.Edit("decks.json", root => root["decks"]![1]!["key"] = key);

        AssertSingleError("decks.json", $"'{key}'", "key", "is a word of the deck addresses");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_currency_pair_that_is_not_mutual()
    {
        _data.EditFigure("korea-annual-average-krw", f => f["pair"] = "india-annual-average-usd");

        var errors = Load();

        Assert.Contains(errors, e => e.Entry.Contains("'korea-annual-average-krw'") && e.Field == "pair");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_deck_showing_an_unknown_chart()
    {
        _data.Edit("decks.json", root => root["decks"]![1]!["charts"]![0] = "pie-of-everything");

        AssertSingleError("decks.json", "'why-korea'", "charts[0]", "'pie-of-everything' is not a chart");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_decks_without_exactly_one_default()
    {
        _data.Edit("decks.json", root => root["decks"]![1]!["default"] = true);

        AssertSingleError("decks.json", "decks", "default", "exactly one deck");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_background_section_whose_quote_is_not_in_the_notes()
    {
        _data.Edit("background.json", root => root["sections"]![0]!["citation"]!["quote"] = "클라우드는 구름이다.");

        AssertSingleError("background.json", "'what-is-cloud'", "citation.quote", "not found verbatim");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.FileReader)]
    public void Seeding_reports_a_missing_data_file_with_its_path()
    {
        File.Delete(Path.Combine(_data.Path, "charts.json"));

        AssertSingleError("charts.json", "-", "-", "the file is missing");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public void Seeding_reports_every_error_at_once()
    {
        _data.EditFigure("jobs-per-year", f => f["unit"] = "jobs");
        _data.EditFigure("renewable-share-now", f => f["citation"]!["quote"] = "");

        Assert.Equal(2, Load().Count);
    }

    [Fact]
    public void The_content_hash_changes_when_any_data_file_changes()
    {
        var before = DataSetLoader.Load(_data.Path).DataSet!.ContentHash;
        _data.EditFigure("jobs-per-year", f => f["value"] = 12301);

        Assert.NotEqual(before, DataSetLoader.Load(_data.Path).DataSet!.ContentHash);
    }

    [Theory]
    [InlineData("jobs-per-year", "-1e19", "people-per-year")]
    [InlineData("jobs-per-year", "1e19", "people-per-year")]
    [InlineData("investment-2023-2027-usd", "-5880000000", "USD")]
    [InlineData("cloud-adoption-korea", "128", "percent")]
    [InlineData("renewable-target-year-new", "1025", "year")]
    [InlineData("ncsoft-llm-launch-month", "13", "month")]
    [InlineData("korea-rank-annual-investment", "1.5", "rank")]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_value_outside_its_units_range(string key, string value, string unit)
    {
        _data.EditFigure(key, f => f["value"] = JsonNode.Parse(value));

        var errors = Load();

        Assert.Contains(errors, e => e.Entry.Contains($"'{key}'") && e.Field == "value" && e.Message.Contains($"outside the range of {unit}"));
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.EntryReader)]
    public void Seeding_rejects_a_derived_figure_whose_result_falls_outside_its_unit()
    {
        _data.EditFigure("investment-growth-factor", f => f["formula"] = "0 - {investment-2023-2027-usd} / {investment-previous-5y-usd}");

        AssertSingleError("figures.json", "'investment-growth-factor'", "formula", "outside the range of multiple");
    }

    [Fact]
    public void Seeding_stores_negative_zero_as_zero()
    {
        _data.EditFigure("cloud-adoption-korea", f => f["value"] = JsonNode.Parse("-0"));

        var figure = DataSetLoader.Load(_data.Path).DataSet!.Figures.Single(f => f.Key == "cloud-adoption-korea");

        Assert.False(double.IsNegative(figure.Value));
    }

    private List<SeedError> Load()
    {
        var result = DataSetLoader.Load(_data.Path);
        Assert.False(result.IsValid);
        return result.Errors.ToList();
    }

    private SeedError SingleError() => Assert.Single(Load());

    private SeedError AssertSingleError(string file, string entry, string field, string message)
    {
        var error = SingleError();
        Assert.Equal(file, error.File);
        Assert.Contains(entry, error.Entry);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        // The message a person reads names all three.
        Assert.Contains(file, error.ToString());
        Assert.Contains(field, error.ToString());
        return error;
    }
}
