using System.Globalization;

namespace AwsKoreaDashboard.Web.Data.Seeding;

/// <summary>
/// The arithmetic of a derived figure: numbers, figure keys in braces, + - * / and parentheses,
/// for example <c>{investment-2023-2027-usd} / {investment-previous-5y-usd}</c>.
/// </summary>
public sealed class Formula
{
    private readonly Node _root;

    private Formula(string text, Node root, IReadOnlyList<string> inputs)
    {
        Text = text;
        _root = root;
        Inputs = inputs;
    }

    /// <summary>Deeper nesting of parentheses or signs is refused, so parsing and evaluating stay shallow.</summary>
    public const int MaxDepth = 32;

    public string Text { get; }

    /// <summary>The figure keys the formula reads, in order of first appearance.</summary>
    public IReadOnlyList<string> Inputs { get; }

    public static bool TryParse(string text, out Formula? formula, out string? error)
    {
        try
        {
            var parser = new Parser(text);
            var root = parser.ParseAll();
            formula = new Formula(text, root, parser.Keys);
            error = null;
            return true;
        }
        catch (FormatException ex)
        {
            formula = null;
            error = ex.Message;
            return false;
        }
    }

    public double Evaluate(Func<string, double> valueOf) => _root.Evaluate(valueOf);

    /// <summary>
    /// The formula's tokens as written (its own parentheses kept), for pages that show it as arithmetic with
    /// values: <c>{a} / {b}</c> is a figure, an operator and a figure.
    /// </summary>
    public IReadOnlyList<FormulaPart> Parts()
    {
        var parts = new List<FormulaPart>();
        var position = 0;
        while (position < Text.Length)
        {
            var next = Text[position];
            if (char.IsWhiteSpace(next))
            {
                position++;
            }
            else if (next == '{')
            {
                var close = Text.IndexOf('}', position);
                parts.Add(new FormulaPart(FormulaPartKind.Figure, Text[(position + 1)..close].Trim()));
                position = close + 1;
            }
            else if (char.IsAsciiDigit(next) || next == '.')
            {
                var start = position;
                while (position < Text.Length && (char.IsAsciiDigit(Text[position]) || Text[position] == '.'))
                {
                    position++;
                }

                var literal = Text[start..position];
                parts.Add(new FormulaPart(FormulaPartKind.Number, literal, double.Parse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)));
            }
            else
            {
                var kind = next switch { '(' => FormulaPartKind.Open, ')' => FormulaPartKind.Close, _ => FormulaPartKind.Operator };
                parts.Add(new FormulaPart(kind, next.ToString()));
                position++;
            }
        }

        return parts;
    }

    private abstract record Node
    {
        public abstract double Evaluate(Func<string, double> valueOf);
    }

    private sealed record NumberNode(double Value) : Node
    {
        public override double Evaluate(Func<string, double> valueOf) => Value;
    }

    private sealed record KeyNode(string Key) : Node
    {
        public override double Evaluate(Func<string, double> valueOf) => valueOf(Key);
    }

    private sealed record NegateNode(Node Operand) : Node
    {
        public override double Evaluate(Func<string, double> valueOf) => -Operand.Evaluate(valueOf);
    }

    private sealed record BinaryNode(char Operator, Node Left, Node Right) : Node
    {
        public override double Evaluate(Func<string, double> valueOf)
        {
            var left = Left.Evaluate(valueOf);
            var right = Right.Evaluate(valueOf);
            return Operator switch
            {
                '+' => left + right,
                '-' => left - right,
                '*' => left * right,
                '/' => left / right,
                _ => throw new InvalidOperationException($"Unknown operator {Operator}"),
            };
        }
    }

    /// <summary>Recursive descent: expression = term (('+'|'-') term)*; term = factor (('*'|'/') factor)*.</summary>
    private sealed class Parser(string text)
    {
        private int _position;
        private int _depth;

        public List<string> Keys { get; } = [];

        public Node ParseAll()
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new FormatException("the formula is empty");
            }

            var node = ParseExpression();
            SkipSpaces();
            if (_position < text.Length)
            {
                throw new FormatException($"unexpected '{text[_position]}' at position {_position + 1}");
            }

            return node;
        }

        private Node ParseExpression()
        {
            var node = ParseTerm();
            while (Peek() is '+' or '-')
            {
                var op = text[_position++];
                node = new BinaryNode(op, node, ParseTerm());
            }

            return node;
        }

        private Node ParseTerm()
        {
            var node = ParseFactor();
            while (Peek() is '*' or '/')
            {
                var op = text[_position++];
                node = new BinaryNode(op, node, ParseFactor());
            }

            return node;
        }

        private Node ParseFactor()
        {
            if (++_depth > MaxDepth)
            {
                throw new FormatException($"parentheses and signs are nested more than {MaxDepth} deep");
            }

            try
            {
                return ParseFactorAt();
            }
            finally
            {
                _depth--;
            }
        }

        private Node ParseFactorAt()
        {
            var next = Peek();
            switch (next)
            {
                case '-':
                    _position++;
                    return new NegateNode(ParseFactor());
                case '(':
                    _position++;
                    var inner = ParseExpression();
                    if (Peek() != ')')
                    {
                        throw new FormatException($"missing ')' at position {_position + 1}");
                    }

                    _position++;
                    return inner;
                case '{':
                    var close = text.IndexOf('}', _position);
                    if (close < 0)
                    {
                        throw new FormatException($"missing '}}' after position {_position + 1}");
                    }

                    var key = text[(_position + 1)..close].Trim();
                    if (key.Length == 0)
                    {
                        throw new FormatException($"empty figure key at position {_position + 1}");
                    }

                    _position = close + 1;
                    if (!Keys.Contains(key))
                    {
                        Keys.Add(key);
                    }

                    return new KeyNode(key);
                case null:
                    throw new FormatException("the formula ends where a number or {figure-key} was expected");
                default:
                    if (char.IsAsciiDigit(next.Value) || next == '.')
                    {
                        var start = _position;
                        while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] == '.'))
                        {
                            _position++;
                        }

                        var literal = text[start.._position];
                        if (!double.TryParse(literal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                        {
                            throw new FormatException($"'{literal}' is not a number");
                        }

                        return new NumberNode(number);
                    }

                    throw new FormatException($"unexpected '{next}' at position {_position + 1}");
            }
        }

        private char? Peek()
        {
            SkipSpaces();
            return _position < text.Length ? text[_position] : null;
        }

        private void SkipSpaces()
        {
            while (_position < text.Length && char.IsWhiteSpace(text[_position]))
            {
                _position++;
            }
        }
    }
}
