using System.Text.Json.Nodes;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data.Seeding;

namespace AwsKoreaDashboard.UnitTests.Seeding;

/// <summary>The data files as they are on disk: a property given twice, deep nesting, a byte order mark, symbolic links, a FIFO, a device and a file over the size bound.</summary>
public sealed partial class DataSetLoaderTests
{
    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.FileReader)]
    public void Seeding_rejects_a_property_given_twice_instead_of_keeping_the_last()
    {
        _data.WriteText("figures.json", File.ReadAllText(Path.Combine(_data.Path, "figures.json"))
            .Replace("\"value\": 12300,", "\"value\": 12300, \"value\": 99999,"));

        var error = SingleError();

        Assert.Equal("figures.json", error.File);
        Assert.Contains("'value' is given twice", error.Message);
        Assert.Matches(@"^line \d+", error.Entry);
        Assert.Matches(@"^figures\[\d+\]\.value$", error.Field);
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.FileReader)]
    public void Seeding_rejects_json_nested_deeper_than_the_bound()
    {
        _data.EditFigure("jobs-per-year", f => f["note"] = JsonNode.Parse(new string('[', 40) + new string(']', 40)));

        var error = SingleError();

        Assert.Equal("figures.json", error.File);
        Assert.Contains("depth", error.Message);
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    public void Seeding_rejects_a_formula_of_ten_thousand_parentheses_by_name()
    {
        _data.EditFigure("investment-growth-factor", f => f["formula"] = new string('(', 10_000) + "{investment-2023-2027-usd}" + new string(')', 10_000));

        AssertSingleError("figures.json", "'investment-growth-factor'", "formula", "at most 500");
    }

    [Fact]
    public void Seeding_accepts_files_saved_with_a_utf8_byte_order_mark()
    {
        foreach (var file in new[] { "figures.json", "sources.json", "texts/hankyung-2023-10-12-with-notes.md" })
        {
            var path = Path.Combine(_data.Path, file);
            File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.Preamble, .. File.ReadAllBytes(path)]);
        }

        var result = DataSetLoader.Load(_data.Path);

        Assert.Empty(result.Errors);
        Assert.Equal(12300, result.DataSet!.Figures.Single(f => f.Key == "jobs-per-year").Value);
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.FileReader)]
    public void Seeding_names_a_dangling_symbolic_link()
    {
        File.CreateSymbolicLink(Path.Combine(_data.Path, "old-figures.json"), Path.Combine(_data.Path, "gone.json"));

        AssertSingleError("old-figures.json", "-", "-", "which does not exist");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.FileReader)]
    public void Seeding_names_a_symbolic_link_loop_instead_of_overflowing()
    {
        File.CreateSymbolicLink(Path.Combine(_data.Path, "a.json"), Path.Combine(_data.Path, "b.json"));
        File.CreateSymbolicLink(Path.Combine(_data.Path, "b.json"), Path.Combine(_data.Path, "a.json"));

        var errors = Load();

        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Contains("loops back on itself", e.Message));
    }

    [Fact]
    public void Seeding_follows_a_symbolic_link_to_a_regular_file()
    {
        var real = _temp.Combine("figures-elsewhere.json");
        File.Move(Path.Combine(_data.Path, "figures.json"), real);
        File.CreateSymbolicLink(Path.Combine(_data.Path, "figures.json"), real);

        Assert.True(DataSetLoader.Load(_data.Path).IsValid);
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.FileReader)]
    public void Seeding_refuses_a_fifo_without_waiting_for_a_writer()
    {
        MakeFifo(Path.Combine(_data.Path, "figures.json.pipe"));

        AssertSingleError("figures.json.pipe", "-", "-", "named pipe (FIFO)");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.FileReader)]
    public void Seeding_refuses_a_data_file_that_is_a_device()
    {
        File.Delete(Path.Combine(_data.Path, "charts.json"));
        File.CreateSymbolicLink(Path.Combine(_data.Path, "charts.json"), "/dev/zero");

        AssertSingleError("charts.json", "-", "-", "is a device");
    }

    [Fact]
    [Trait(RuleLayer.Trait, RuleLayer.FileReader)]
    public void Seeding_refuses_a_file_larger_than_the_bound()
    {
        using (var big = File.Create(Path.Combine(_data.Path, "texts", "huge.md")))
        {
            big.SetLength(DataDirectoryReader.MaxFileBytes + 1);
        }

        AssertSingleError("texts/huge.md", "-", "-", "at most");
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
