using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Checks a data file's shape against its JSON Schema (JsonSchema.Net) and turns every schema error into the
/// seeder's own message: file › entry › field, for example
/// <c>figures.json › figures[26] 'jobs-per-year' › unit: 'jobs' is not one of: KRW, USD, …</c>.
/// </summary>
public static class DataFileShape
{
    // No unmapped-member check here: every object of every schema says "additionalProperties": false.
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        AllowDuplicateProperties = false,
        MaxDepth = DataSetLoader.MaxJsonDepth,
    };

    private static readonly ConcurrentDictionary<string, (JsonSchema Schema, JsonNode Document)> Loaded = new(StringComparer.Ordinal);

    /// <summary>The schema text as embedded from data/schemas/ at build time.</summary>
    public static string SchemaText(string schemaFile)
    {
        using var stream = typeof(DataFileShape).Assembly.GetManifestResourceStream($"schemas/{schemaFile}")
            ?? throw new InvalidOperationException($"The schema {schemaFile} is not embedded; is it under data/schemas/?");
        return new StreamReader(stream).ReadToEnd();
    }

    /// <summary>
    /// Reads one data file: a byte-order mark is dropped, a property given twice is named, nesting is bounded,
    /// the shape is checked against the file's schema, and only then is it read into its record.
    /// </summary>
    internal static T? Read<T>(DataDirectoryContents contents, string directory, string file, List<SeedError> errors)
        where T : class
    {
        if (!contents.Files.TryGetValue(file, out var bytes))
        {
            if (!errors.Any(e => e.File == file))
            {
                errors.Add(new SeedError(file, "-", "-", $"the file is missing (looked for {Path.Combine(directory, file)})"));
            }

            return null;
        }

        // Editors on Windows save UTF-8 with a byte-order mark; it is not part of the JSON.
        var json = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? bytes.AsMemory(Encoding.UTF8.Preamble.Length) : bytes.AsMemory();
        try
        {
            // A first pass that only reads the structure: a repeated property would otherwise silently replace the first.
            if (DuplicatePropertyCheck.Find(file, json.Span, DataSetLoader.MaxJsonDepth) is { } duplicate)
            {
                errors.Add(duplicate);
                return null;
            }

            using (var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = DataSetLoader.MaxJsonDepth }))
            {
                if (!DataFileShape.Check(file, document.RootElement, errors))
                {
                    return null;
                }
            }

            var content = JsonSerializer.Deserialize<T>(json.Span, JsonOptions);
            if (content is null)
            {
                errors.Add(new SeedError(file, "-", "-", "the file holds null instead of an object"));
            }

            return content;
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, position {(ex.BytePositionInLine ?? 0) + 1}" : "-";
            var field = string.IsNullOrEmpty(ex.Path) ? "-" : ex.Path.TrimStart('$', '.');
            errors.Add(new SeedError(file, where, field, $"malformed JSON: {FirstSentence(ex.Message)}"));
            return null;
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>Adds an error for everything in <paramref name="root"/> that its file's schema does not allow; returns whether it fits.</summary>
    public static bool Check(string file, JsonElement root, List<SeedError> errors)
    {
        if (!DataFileSchemas.SchemaOf.TryGetValue(file, out var schemaFile))
        {
            return true;
        }

        var (schema, document) = Loaded.GetOrAdd(schemaFile, name =>
        {
            var text = SchemaText(name);
            return (JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() }), JsonNode.Parse(text)!);
        });
        // Hierarchical, so that the failed branches of an anyOf/oneOf that another branch satisfied are not reported.
        var results = schema.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.Hierarchical });
        if (results.IsValid)
        {
            return true;
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<EvaluationResults>([results]);
        while (pending.TryPop(out var node))
        {
            if (node.IsValid)
            {
                continue;
            }

            foreach (var (keyword, message) in node.Errors ?? new Dictionary<string, string>())
            {
                var error = Describe(file, root, document, node, keyword, message);
                if (error is not null && found.Add(error.ToString()))
                {
                    errors.Add(error);
                }
            }

            foreach (var child in (node.Details ?? []).AsEnumerable().Reverse())
            {
                pending.Push(child);
            }
        }

        if (found.Count == 0)
        {
            errors.Add(new SeedError(file, "-", "-", "does not match its schema"));
        }

        return false;
    }

    private static SeedError? Describe(string file, JsonElement root, JsonNode schemaDocument, EvaluationResults detail, string keyword, string message)
    {
        var segments = detail.InstanceLocation.ToString().Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToList();
        var value = Walk(root, segments);
        var (entry, fieldSegments) = EntryOf(root, segments);
        var field = Join(fieldSegments);
        var rule = RuleFor(schemaDocument, segments, keyword);

        switch (keyword)
        {
            case "required":
                // One error per missing property, each named as the field.
                var missing = (rule as JsonArray ?? []).Select(n => n!.GetValue<string>())
                    .Where(name => value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty(name, out _));
                var names = missing.ToList();
                return names.Count == 0 ? null : new SeedError(file, entry, Join([.. fieldSegments, names[0]]), "is required" + (names.Count > 1 ? $" (and {string.Join(", ", names.Skip(1))})" : ""));
            case "enum":
                var allowed = (rule as JsonArray ?? []).Select(n => n!.ToJsonString().Trim('"'));
                return new SeedError(file, entry, field, $"'{Shown(value)}' is not one of: {string.Join(", ", allowed)}");
            case "type":
                return new SeedError(file, entry, field, $"must be {Expected(rule)}, not {Kind(value)} {Raw(value)}".TrimEnd());
            case "pattern" when rule?.GetValue<string>() == "\\S":
                return new SeedError(file, entry, field, "is empty");
            case "pattern" when rule?.GetValue<string>()?.StartsWith("^[a-z0-9]+") == true:
                return new SeedError(file, entry, field, $"'{Shown(value)}' is not a slug (lower-case letters, digits and single hyphens)");
            case "pattern" when rule?.GetValue<string>()?.StartsWith("^[0-9]{4}") == true:
                // A date with a precision beside it (events) takes the form that precision asks for.
                var precision = Walk(root, segments[..^1]) is { ValueKind: JsonValueKind.Object } parent && parent.TryGetProperty("precision", out var p) ? p.ToString() : "day";
                var form = precision switch { "month" => "yyyy-MM", "quarter" => "yyyy-Qn", _ => "yyyy-MM-dd" };
                return new SeedError(file, entry, field, $"'{Shown(value)}' is not a date in the form {form} (expected {form} for precision '{precision}')");
            case "pattern" when rule?.GetValue<string>() == "^https?://":
                return new SeedError(file, entry, field, $"'{Shown(value)}' is not an absolute http(s) address");
            case "minimum" when rule?.GetValue<double>() == 0:
                return new SeedError(file, entry, field, $"must not be negative, not {Raw(value)}");
            case "minimum":
                return new SeedError(file, entry, field, $"must be at least {rule}, not {Raw(value)}");
            case "minItems":
                return new SeedError(file, entry, field, $"needs at least {rule} {(rule?.GetValue<int>() == 1 ? "entry" : "entries")}");
            case "maxLength":
                return new SeedError(file, entry, field, $"is {Shown(value).Length} characters long; at most {rule} are allowed");
            case "" or "false" or "additionalProperties" when segments.Count > 0:
                // additionalProperties: false fails on the unknown property itself.
                return new SeedError(file, entry, field, $"'{segments[^1]}' is not a field this file knows (a typo?)");
            case "properties" or "items" or "allOf" or "$ref" or "additionalProperties":
                return null; // a summary of errors reported on the nested locations
            default:
                return new SeedError(file, entry, field, $"{keyword}: {message}");
        }
    }

    /// <summary>"figures[26] 'jobs-per-year'" and the rest of the path for a list entry; "story" for an object; "-" at the top.</summary>
    private static (string Entry, List<string> Field) EntryOf(JsonElement root, List<string> segments)
    {
        if (segments.Count >= 2 && int.TryParse(segments[1], NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            var item = Walk(root, segments[..2]);
            var key = item is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("key", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
            var entry = string.IsNullOrWhiteSpace(key) ? $"{segments[0]}[{index}]" : $"{segments[0]}[{index}] '{key}'";
            return (entry, segments[2..]);
        }

        if (segments.Count >= 2)
        {
            return (segments[0], segments[1..]);
        }

        return ("-", segments);
    }

    private static string Join(List<string> segments)
    {
        var field = "";
        foreach (var segment in segments)
        {
            field += int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? $"[{segment}]" : (field.Length == 0 ? segment : "." + segment);
        }

        return field.Length == 0 ? "-" : field;
    }

    private static JsonElement? Walk(JsonElement root, List<string> segments)
    {
        JsonElement current = root;
        foreach (var segment in segments)
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    /// <summary>
    /// The keyword's value (the enum's list, the pattern, the type) in the schema that applies at an instance
    /// location, found by walking properties, items and $refs the way the data files' schemas are written.
    /// </summary>
    private static JsonNode? RuleFor(JsonNode schema, List<string> segments, string keyword)
    {
        var node = Resolve(schema, schema);
        foreach (var segment in segments)
        {
            node = int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? node?["items"]
                : node?["properties"]?[segment];
            node = Resolve(schema, node);
        }

        return node is JsonObject holder ? holder[keyword] : null;
    }

    private static JsonNode? Resolve(JsonNode schema, JsonNode? node)
    {
        // A $ref beside other keywords (a description): the referenced schema holds the rules.
        for (var hops = 0; hops < 8 && node is JsonObject o && o["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/", StringComparison.Ordinal); hops++)
        {
            var target = reference[2..].Split('/').Aggregate((JsonNode?)schema, (current, part) => current?[part]);
            if (target is not JsonObject resolved)
            {
                break;
            }

            var merged = new JsonObject();
            foreach (var (name, value) in resolved)
            {
                merged[name] = value?.DeepClone();
            }

            foreach (var (name, value) in o.Where(p => p.Key != "$ref"))
            {
                merged[name] = value?.DeepClone();
            }

            node = merged;
        }

        return node;
    }

    private static string Expected(JsonNode? type) => type?.ToJsonString().Trim('"') switch
    {
        "number" => "a finite number",
        "integer" => "a whole number",
        "string" => "text",
        "boolean" => "true or false",
        "array" => "a list",
        "object" => "an object",
        var other => other ?? "another type",
    };

    private static string Kind(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    private static string Raw(JsonElement? value) => value?.ValueKind is JsonValueKind.String or JsonValueKind.Number ? value.Value.GetRawText() : "";

    private static string Shown(JsonElement? value) => value?.ValueKind == JsonValueKind.String ? value.Value.GetString()! : value?.GetRawText() ?? "";
}
