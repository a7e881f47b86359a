namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Every regular file under data/ as bytes, read once: the hash and the loader see the same content.
/// Paths are relative, with '/' separators (figures.json, texts/article.md).
/// </summary>
public sealed record DataDirectoryContents(IReadOnlyDictionary<string, byte[]> Files, string ContentHash, IReadOnlyList<SeedError> Errors);
