using System.Text.Json;
using System.Text.Json.Nodes;
using AwsKoreaDashboard.Testing;
using AwsKoreaDashboard.Web.Data.Seeding;
using Json.Schema;

namespace AwsKoreaDashboard.UnitTests.Seeding;

/// <summary>The published schemas in data/schemas/, read from the repository the way an editor reads them.</summary>
public sealed class DataSchemaTests
{
    private static readonly string SchemaDirectory = Path.Combine(RepositoryPaths.DataDirectory, "schemas");

    public static TheoryData<string> DataFiles() => [.. DataFileSchemas.SchemaOf.Keys];

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void Each_data_file_names_its_schema_and_the_schema_accepts_it(string file)
    {
        var data = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.DataDirectory, file)));

        Assert.Equal($"./schemas/{DataFileSchemas.SchemaOf[file]}", data.RootElement.GetProperty("$schema").GetString());
        var results = SchemaFor(file).Evaluate(data.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(results.IsValid, string.Join("\n", (results.Details ?? []).Where(d => d.Errors is not null).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    [Fact]
    public void Every_json_file_in_data_has_a_schema()
    {
        var files = Directory.GetFiles(RepositoryPaths.DataDirectory, "*.json").Select(Path.GetFileName);

        Assert.All(files, file => Assert.True(DataFileSchemas.SchemaOf.ContainsKey(file!), $"{file} has no schema in DataFileSchemas"));
    }

    [Fact]
    public void The_seeder_embeds_the_same_schemas_that_are_published()
    {
        // What the build put into the app, read from the assembly itself (not through the seeder's own accessor),
        // against what editors read in data/schemas/: the same files, byte for byte, none missing on either side.
        var assembly = typeof(DataFileShape).Assembly;
        var embedded = assembly.GetManifestResourceNames().Where(n => n.StartsWith("schemas/", StringComparison.Ordinal)).Order().ToList();
        var published = Directory.GetFiles(SchemaDirectory, "*.schema.json").Select(f => $"schemas/{Path.GetFileName(f)}").Order().ToList();

        Assert.Equal(published, embedded);
        Assert.All(DataFileSchemas.SchemaOf.Values, schema => Assert.Contains($"schemas/{schema}", embedded));
        foreach (var name in embedded)
        {
            using var stream = new MemoryStream();
            assembly.GetManifestResourceStream(name)!.CopyTo(stream);
            Assert.True(File.ReadAllBytes(Path.Combine(SchemaDirectory, name["schemas/".Length..])).AsSpan().SequenceEqual(stream.ToArray()), $"{name} differs from the published file");
        }
    }

    [Theory]
    [Trait(RuleLayer.Trait, RuleLayer.Schema)]
    [InlineData("figures.json", "figures", "value", "\"12300\"")]
    [InlineData("charts.json", "charts", "categories", "\"one\"")]
    [InlineData("decks.json", "decks", "default", "\"yes\"")]
    [InlineData("sources.json", "sources", "publisher", "\"한국경제\"")]
    [InlineData("background.json", "sections", "paragraphs", "{}")]
    public void A_schema_rejects_a_field_of_the_wrong_type(string file, string list, string field, string wrong)
    {
        var data = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.DataDirectory, file)))!;
        data[list]![0]![field] = JsonNode.Parse(wrong);

        var results = SchemaFor(file).Evaluate(JsonDocument.Parse(data.ToJsonString()).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.False(results.IsValid);
        Assert.Contains(results.Details!, d => d.InstanceLocation.ToString() == $"/{list}/0/{field}" && d.Errors is not null);
    }

    private static JsonSchema SchemaFor(string file) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(SchemaDirectory, DataFileSchemas.SchemaOf[file])), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
}
