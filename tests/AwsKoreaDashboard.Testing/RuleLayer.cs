namespace AwsKoreaDashboard.Testing;

/// <summary>
/// Which layer holds the rule a rejection test names, as the trait <see cref="Trait"/>: the file reader
/// (regular files, size, JSON syntax, duplicate properties, nesting), the JSON Schema (shape), or the shared C#
/// entry reader (what a schema cannot say). Removing the rule from that layer turns the test red.
/// <c>dotnet test --filter "RuleLayer=schema"</c> runs the rejections of one layer.
/// </summary>
public static class RuleLayer
{
    public const string Trait = "RuleLayer";
    public const string FileReader = "file reader";
    public const string Schema = "schema";
    public const string EntryReader = "C# entry reader";
}
