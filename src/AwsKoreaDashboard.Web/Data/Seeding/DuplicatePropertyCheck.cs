using System.Text;
using System.Text.Json;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// Finds a property given twice in one object ("value": 12300, "value": 99999), which JSON parsers otherwise
/// resolve silently by keeping the last. Reports the line and the path, like any other data error.
/// </summary>
internal static class DuplicatePropertyCheck
{
    public static SeedError? Find(string file, ReadOnlySpan<byte> json, int maxDepth)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = maxDepth });
        var objects = new Stack<HashSet<string>?>();
        var path = new List<string>();
        var indexes = new Stack<int>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject:
                    Enter(isObject: true);
                    break;
                case JsonTokenType.StartArray:
                    Enter(isObject: false);
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    objects.Pop();
                    indexes.Pop();
                    path.RemoveAt(path.Count - 1);
                    break;
                case JsonTokenType.PropertyName:
                    var name = reader.GetString()!;
                    path[^1] = path.Count == 1 ? name : "." + name;
                    if (!objects.Peek()!.Add(name))
                    {
                        var line = 1 + json[..(int)reader.TokenStartIndex].Count((byte)'\n');
                        return new SeedError(file, $"line {line}", string.Concat(path).TrimStart('.'),
                            $"'{name}' is given twice in the same object; the second would silently replace the first");
                    }

                    break;
                default:
                    ElementStarting();
                    break;
            }
        }

        return null;

        void Enter(bool isObject)
        {
            ElementStarting();
            objects.Push(isObject ? new HashSet<string>(StringComparer.Ordinal) : null);
            indexes.Push(-1);
            path.Add("");
        }

        // Inside a list, each element gets its [index] in the path before it is read.
        void ElementStarting()
        {
            if (objects.Count > 0 && objects.Peek() is null)
            {
                var index = indexes.Pop() + 1;
                indexes.Push(index);
                path[^1] = $"[{index}]";
            }
        }
    }
}
