using System.Text.Json;
using System.Text.Json.Nodes;

namespace AwsKoreaDashboard.Testing;

/// <summary>
/// A copy of the repository's data/ that a test can edit: the real data with one thing changed, so each
/// test shows exactly which change a rule rejects.
/// </summary>
public sealed class DataDirectoryCopy
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public DataDirectoryCopy(string path)
    {
        Path = path;
        Copy(RepositoryPaths.DataDirectory, path);
    }

    public string Path { get; }

    public JsonNode Read(string file) => JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(Path, file)))!;

    public DataDirectoryCopy Write(string file, JsonNode content) => WriteText(file, content.ToJsonString(Indented));

    public DataDirectoryCopy WriteText(string file, string text)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), text);
        return this;
    }

    public DataDirectoryCopy Edit(string file, Action<JsonNode> edit)
    {
        var content = Read(file);
        edit(content);
        return Write(file, content);
    }

    /// <summary>Edits the figure with the given key in figures.json.</summary>
    public DataDirectoryCopy EditFigure(string key, Action<JsonObject> edit) =>
        Edit("figures.json", root => edit(Entry(root["figures"]!, key)));

    public DataDirectoryCopy EditChart(string key, Action<JsonObject> edit) =>
        Edit("charts.json", root => edit(Entry(root["charts"]!, key)));

    public DataDirectoryCopy AddFigure(JsonObject figure) =>
        Edit("figures.json", root => root["figures"]!.AsArray().Add(figure));

    public DataDirectoryCopy RemoveFigure(string key) =>
        Edit("figures.json", root => root["figures"]!.AsArray().Remove(Entry(root["figures"]!, key)));

    private static JsonObject Entry(JsonNode list, string key) =>
        list.AsArray().OfType<JsonObject>().Single(e => (string?)e["key"] == key);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)), overwrite: true);
        }

        foreach (var directory in Directory.EnumerateDirectories(from))
        {
            Copy(directory, System.IO.Path.Combine(to, System.IO.Path.GetFileName(directory)));
        }
    }
}
