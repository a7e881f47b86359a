using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace AwsKoreaDashboard.Web.Features.Briefing;

/// <summary>
/// The same deck from the same data as the same bytes, on every instance and every time: the Open XML SDK
/// names relationships with random ids ("R3a36f6c63904438e") and the zip stamps each entry with the time of
/// writing, so two instances would give one deck two ETags and a shared cache could not revalidate against
/// the other. Each part's relationships are renumbered in their order (rId1, rId2, … as PowerPoint writes
/// them) in the .rels file and in the one part they belong to, embedded packages (the chart workbooks) the
/// same way, and every entry gets one fixed time.
/// </summary>
public static partial class DeterministicPackage
{
    /// <summary>The zip format's earliest time; what the entries of a deck say they were written at.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        var texts = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, bytes) in entries)
        {
            texts[name] = name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) ? Normalize(bytes) : bytes;
        }

        foreach (var rels in entries.Select(e => e.Name).Where(n => n.EndsWith(".rels", StringComparison.Ordinal)))
        {
            var renamed = new Dictionary<string, string>(StringComparer.Ordinal);
            var text = RelationshipId().Replace(Encoding.UTF8.GetString(texts[rels]), match =>
            {
                var id = match.Groups["id"].Value;
                if (!renamed.TryGetValue(id, out var fresh))
                {
                    fresh = $"rId{renamed.Count + 1}";
                    renamed[id] = fresh;
                }

                return $"Id=\"{fresh}\"";
            });
            texts[rels] = Encoding.UTF8.GetBytes(text);
            if (OwnerOf(rels) is { } owner && texts.TryGetValue(owner, out var ownerBytes) && renamed.Count > 0)
            {
                var ownerText = Encoding.UTF8.GetString(ownerBytes);
                foreach (var (old, fresh) in renamed)
                {
                    ownerText = ownerText.Replace($"\"{old}\"", $"\"{fresh}\"", StringComparison.Ordinal);
                }

                texts[owner] = Encoding.UTF8.GetBytes(ownerText);
            }
        }

        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, _) in entries)
            {
                var entry = target.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(texts[name]);
            }
        }

        return output.ToArray();
    }

    /// <summary>"ppt/slides/_rels/slide1.xml.rels" belongs to "ppt/slides/slide1.xml"; "_rels/.rels" to the package.</summary>
    private static string? OwnerOf(string rels)
    {
        var folder = Path.GetDirectoryName(Path.GetDirectoryName(rels))?.Replace('\\', '/') ?? "";
        var file = Path.GetFileName(rels)[..^".rels".Length];
        return file.Length == 0 ? null : folder.Length == 0 ? file : $"{folder}/{file}";
    }

    [GeneratedRegex("Id=\"(?<id>[^\"]+)\"")]
    private static partial Regex RelationshipId();
}
