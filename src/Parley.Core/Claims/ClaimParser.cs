using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Core.Claims;

/// <summary>
/// Recursive-descent parser of claim tests (grammar in docs/claims.md). Precedence, loosest first:
/// <c>or</c>, <c>and</c>, <c>not</c>, comparison; comparisons do not chain. Stops at the first syntax
/// error (later ones are usually its echoes); checks lens names, arguments, properties and types as it
/// builds, reporting each problem with its offset.
/// </summary>
internal sealed class ClaimParser
{
    private readonly string _text;
    private readonly List<ClaimToken> _tokens;
    private readonly List<ClaimTestError> _errors;
    private int _position;
    private bool _vocabularyFailed;

    private ClaimParser(string text, List<ClaimToken> tokens, List<ClaimTestError> errors)
    {
        _text = text;
        _tokens = tokens;
        _errors = errors;
    }

    private ClaimToken Current => _tokens[_position];

    public static ClaimTestParseResult Parse(string text, ClaimValueType expected = ClaimValueType.Boolean)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new List<ClaimTestError>();
        var tokens = ClaimLexer.Tokenise(text, errors);
        if (errors.Count > 0)
        {
            return new(text, null, [.. errors]);
        }

        var parser = new ClaimParser(text, tokens, errors);
        ClaimExpression? root = null;
        try
        {
            if (parser.Current.Kind == ClaimTokenKind.End)
            {
                throw parser.Fail("The test is empty: write a lens query such as 'agreement(track: settlement).empty'.");
            }

            root = parser.ParseOr();
            if (parser.Current.Kind != ClaimTokenKind.End)
            {
                throw parser.Fail($"Unexpected {parser.Current.Describe()} after a complete test: join tests with 'and' or 'or'.");
            }
        }
        catch (SyntaxError)
        {
            root = null;
        }

        if (root is not null && !parser._vocabularyFailed)
        {
            var type = parser.Check(root);
            if (type == ClaimValueType.Number && expected == ClaimValueType.Boolean && errors.Count == 0)
            {
                errors.Add(new(root.Offset, root.Length, $"The test '{text.Trim()}' is a number, not a statement: compare it, e.g. '... <= 30'.", ClaimTestErrorKind.Type));
            }
            else if (type == ClaimValueType.Boolean && expected == ClaimValueType.Number && errors.Count == 0)
            {
                errors.Add(new(root.Offset, root.Length, $"The reading '{text.Trim()}' is a statement, not a number: name a number, e.g. 'forecast(issue: x).value'.", ClaimTestErrorKind.Type));
            }
        }

        errors.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return errors.Count == 0 ? new(text, root, []) : new(text, null, [.. errors]);
    }

    private ClaimExpression ParseOr()
    {
        var left = ParseAnd();
        while (Current.IsWord("or"))
        {
            Advance();
            var right = ParseAnd();
            left = new LogicalExpression(LogicalOperator.Or, left, right, left.Offset, End(right) - left.Offset);
        }

        return left;
    }

    private ClaimExpression ParseAnd()
    {
        var left = ParseNot();
        while (Current.IsWord("and"))
        {
            Advance();
            var right = ParseNot();
            left = new LogicalExpression(LogicalOperator.And, left, right, left.Offset, End(right) - left.Offset);
        }

        return left;
    }

    private ClaimExpression ParseNot()
    {
        if (Current.IsWord("not"))
        {
            int start = Advance().Offset;
            var operand = ParseNot();
            return new NotExpression(operand, start, End(operand) - start);
        }

        return ParseComparison();
    }

    private ClaimExpression ParseComparison()
    {
        var left = ParseOperand();
        if (Current.Kind != ClaimTokenKind.Operator)
        {
            return left;
        }

        var op = Advance().Text switch
        {
            "==" => ComparisonOperator.Equal,
            "!=" => ComparisonOperator.NotEqual,
            "<" => ComparisonOperator.Less,
            "<=" => ComparisonOperator.LessOrEqual,
            ">" => ComparisonOperator.Greater,
            _ => ComparisonOperator.GreaterOrEqual,
        };
        var right = ParseOperand();
        if (Current.Kind == ClaimTokenKind.Operator)
        {
            throw Fail($"Comparisons do not chain: split '{Current.Text}' into a second comparison joined with 'and'.");
        }

        return new ComparisonExpression(left, op, right, left.Offset, End(right) - left.Offset);
    }

    private ClaimExpression ParseOperand()
    {
        var token = Current;
        switch (token.Kind)
        {
            case ClaimTokenKind.Number:
                Advance();
                return new LiteralExpression(ClaimValue.Of(ParseNumber(token)), token.Offset, token.Length);
            case ClaimTokenKind.LeftParen:
            {
                Advance();
                var inner = ParseOr();
                Expect(ClaimTokenKind.RightParen, "')' to close the '(' at offset " + token.Offset.ToString(CultureInfo.InvariantCulture));
                return inner;
            }

            case ClaimTokenKind.Identifier when token.Text is "true" or "false":
                Advance();
                return new LiteralExpression(ClaimValue.Of(token.Text == "true"), token.Offset, token.Length);
            case ClaimTokenKind.Identifier when token.Text is "and" or "or" or "not":
                throw Fail($"'{token.Text}' needs a statement before it{(token.Text == "not" ? " and after it" : string.Empty)}: write e.g. 'agreement(track: a).empty {(token.Text == "not" ? "and not" : token.Text)} ...'.");
            case ClaimTokenKind.Identifier:
                return ParseQuery();
            default:
                throw Fail($"Expected a lens query (agreement, stability, forecast, window, endstate), a number, true or false, but found {token.Describe()}.");
        }
    }

    private LensQuery ParseQuery()
    {
        var name = Advance();
        var lens = ClaimVocabulary.Lens(name.Text);
        if (lens is null)
        {
            Report(name.Offset, name.Length, ClaimTestErrorKind.UnknownLens,
                $"Unknown lens '{name.Text}'.{Hint(name.Text, ClaimVocabulary.Lenses.Select(l => l.Name))} Lenses: {string.Join(", ", ClaimVocabulary.Lenses.Select(l => l.Name))}.");
        }

        Expect(ClaimTokenKind.LeftParen, $"'(' after the lens name '{name.Text}', as in '{name.Text}(...)'");
        // A lens with one parameter may leave its name out, as in endstate(deadlock).
        var args = ParseArguments(lens is { Parameters.Length: 1 } ? new ClaimVocabulary.PropertyDefinition(lens.Name, ClaimValueType.Boolean, lens.Parameters) : null);
        var close = Expect(ClaimTokenKind.RightParen, "')' or ', name: value' in the lens call");
        if (Current.Kind != ClaimTokenKind.Dot)
        {
            throw Fail($"Expected '.' and a property after '{name.Text}(...)'{(lens is null ? string.Empty : $", one of: {string.Join(", ", lens.Properties.Select(p => p.Name))}")}.");
        }

        Advance();
        if (Current.Kind != ClaimTokenKind.Identifier)
        {
            throw Fail($"Expected a property name after '.', but found {Current.Describe()}.");
        }

        var property = Advance();
        var definition = lens?.Property(property.Text);
        if (lens is not null && definition is null)
        {
            Report(property.Offset, property.Length, ClaimTestErrorKind.UnknownProperty,
                $"The {lens.Name} lens has no property '{property.Text}'.{Hint(property.Text, lens.Properties.Select(p => p.Name))} Properties: {string.Join(", ", lens.Properties.Select(p => p.Name))}.");
        }

        ImmutableArray<ClaimArgument> propertyArgs = [];
        int end = property.Offset + property.Length;
        if (Current.Kind == ClaimTokenKind.LeftParen)
        {
            Advance();
            propertyArgs = ParseArguments(definition);
            end = Expect(ClaimTokenKind.RightParen, "')' to close the property's arguments").Offset + 1;
        }

        if (lens is not null)
        {
            CheckArguments(args, lens.Parameters, $"The {lens.Name} lens", name.Offset, close.Offset + 1 - name.Offset);
        }

        if (definition is not null)
        {
            CheckArguments(propertyArgs, definition.Parameters, $"The property '{definition.Name}'", property.Offset, end - property.Offset);
        }

        if (Current.Kind == ClaimTokenKind.Dot)
        {
            throw Fail("A query reads one property: remove the second '.'.");
        }

        return new LensQuery(name.Text, args, property.Text, propertyArgs, definition?.Type ?? ClaimValueType.Boolean, name.Offset, end - name.Offset);
    }

    private ImmutableArray<ClaimArgument> ParseArguments(ClaimVocabulary.PropertyDefinition? property)
    {
        var args = ImmutableArray.CreateBuilder<ClaimArgument>();
        if (Current.Kind == ClaimTokenKind.RightParen)
        {
            return args.ToImmutable();
        }

        while (true)
        {
            var first = Current;
            bool named = first.Kind == ClaimTokenKind.Identifier && _tokens[_position + 1].Kind == ClaimTokenKind.Colon;
            if (named)
            {
                Advance();
                Advance();
                var value = ParseValue();
                args.Add(new ClaimArgument(first.Text, value.Text, value.Kind == ClaimTokenKind.Number, first.Offset, value.Offset));
            }
            else if (property is not null && property.Parameters.Length == 1)
            {
                // One parameter: the name may be left out, as in openAt(6).
                var value = ParseValue();
                var parameter = property.Parameters[0];
                args.Add(new ClaimArgument(parameter.Name, value.Text, value.Kind == ClaimTokenKind.Number, value.Offset, value.Offset));
            }
            else if (first.Kind == ClaimTokenKind.Identifier)
            {
                Advance();
                throw Fail($"Expected ':' after the argument name '{first.Text}', as in '{first.Text}: value', but found {Current.Describe()}.");
            }
            else
            {
                throw Fail($"Expected an argument 'name: value' but found {first.Describe()}.");
            }

            if (Current.Kind != ClaimTokenKind.Comma)
            {
                return args.ToImmutable();
            }

            Advance();
        }
    }

    private ClaimToken ParseValue()
    {
        var token = Current;
        if (token.Kind is ClaimTokenKind.Identifier or ClaimTokenKind.Number or ClaimTokenKind.String)
        {
            Advance();
            return token;
        }

        throw Fail($"Expected a value (an id, a number or quoted text) but found {token.Describe()}.");
    }

    private void CheckArguments(ImmutableArray<ClaimArgument> args, ImmutableArray<ClaimVocabulary.ParameterDefinition> parameters, string owner, int offset, int length)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            var parameter = parameters.FirstOrDefault(p => p.Name == arg.Name);
            if (parameter is null)
            {
                string known = parameters.IsEmpty ? "none" : string.Join(", ", parameters.Select(p => p.Name));
                Report(arg.Offset, arg.Name.Length, ClaimTestErrorKind.UnknownArgument,
                    $"{owner} takes no argument '{arg.Name}'.{Hint(arg.Name, parameters.Select(p => p.Name))} Arguments: {known}.");
                continue;
            }

            if (!seen.Add(arg.Name))
            {
                Report(arg.Offset, arg.Name.Length, ClaimTestErrorKind.UnknownArgument, $"{owner} is given '{arg.Name}' twice: keep one.");
            }

            if (parameter.IsNumber && !arg.IsNumber)
            {
                Report(arg.ValueOffset, arg.Value.Length, ClaimTestErrorKind.BadValue, $"'{arg.Name}' must be a number, such as 6; got '{arg.Value}'.");
            }
            else if (!parameter.Allowed.IsDefaultOrEmpty && !parameter.Allowed.Contains(arg.Value))
            {
                Report(arg.ValueOffset, arg.Value.Length, ClaimTestErrorKind.BadValue,
                    $"'{arg.Value}' is not a valid {arg.Name}.{Hint(arg.Value, parameter.Allowed)} Valid: {string.Join(", ", parameter.Allowed)}.");
            }
        }

        foreach (var parameter in parameters)
        {
            if (parameter.Required && !seen.Contains(parameter.Name))
            {
                Report(offset, length, ClaimTestErrorKind.UnknownArgument, $"{owner} needs the argument '{parameter.Name}': add '{parameter.Name}: ...'.");
            }
        }
    }

    private ClaimValueType Check(ClaimExpression node)
    {
        switch (node)
        {
            case LiteralExpression literal:
                return literal.Value.Type;
            case LensQuery query:
                return query.Type;
            case NotExpression not:
                Expect(not.Operand, ClaimValueType.Boolean, "'not' applies to a statement");
                return ClaimValueType.Boolean;
            case LogicalExpression logical:
                string word = logical.Operator == LogicalOperator.And ? "and" : "or";
                Expect(logical.Left, ClaimValueType.Boolean, $"'{word}' joins statements");
                Expect(logical.Right, ClaimValueType.Boolean, $"'{word}' joins statements");
                return ClaimValueType.Boolean;
            case ComparisonExpression comparison:
                var left = Check(comparison.Left);
                var right = Check(comparison.Right);
                if (left != right)
                {
                    Report(comparison.Offset, comparison.Length, ClaimTestErrorKind.Type,
                        $"'{comparison.Symbol}' compares a {Name(left)} with a {Name(right)}: compare like with like (e.g. '.median <= 30', '.empty == false').");
                }
                else if (left == ClaimValueType.Boolean && comparison.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual))
                {
                    Report(comparison.Offset, comparison.Length, ClaimTestErrorKind.Type, $"'{comparison.Symbol}' does not order truth values: use '==' or '!='.");
                }

                return ClaimValueType.Boolean;
            default:
                throw new InvalidOperationException($"Unknown node {node.GetType().Name}.");
        }
    }

    private void Expect(ClaimExpression node, ClaimValueType type, string why)
    {
        var actual = Check(node);
        if (actual != type)
        {
            Report(node.Offset, node.Length, ClaimTestErrorKind.Type, $"{why}, but '{_text.Substring(node.Offset, node.Length)}' is a {Name(actual)}: compare it, e.g. '... <= 30'.");
        }
    }

    private static string Name(ClaimValueType type) => type == ClaimValueType.Boolean ? "truth value" : "number";

    private double ParseNumber(ClaimToken token)
    {
        if (!double.TryParse(token.Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            _position--;
            throw Fail($"'{token.Text}' is not a number: write digits with at most one '.', such as 0.5.");
        }

        return value;
    }

    private ClaimToken Expect(ClaimTokenKind kind, string what)
    {
        if (Current.Kind != kind)
        {
            throw Fail($"Expected {what}, but found {Current.Describe()}.");
        }

        return Advance();
    }

    private ClaimToken Advance()
    {
        var token = Current;
        if (token.Kind != ClaimTokenKind.End)
        {
            _position++;
        }

        return token;
    }

    private void Report(int offset, int length, ClaimTestErrorKind kind, string message)
    {
        _vocabularyFailed = true;
        _errors.Add(new(offset, length, message, kind));
    }

    private SyntaxError Fail(string message)
    {
        _errors.Add(new(Current.Offset, Math.Max(Current.Length, Current.Kind == ClaimTokenKind.End ? 0 : 1), message, ClaimTestErrorKind.Syntax));
        return new SyntaxError();
    }

    private static int End(ClaimExpression node) => node.Offset + node.Length;

    private static string Hint(string given, IEnumerable<string> known)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            int d = Distance(given, candidate);
            if (d < bestDistance)
            {
                (best, bestDistance) = (candidate, d);
            }
        }

        return best is not null && bestDistance <= Math.Max(2, given.Length / 3) ? $" Did you mean '{best}'?" : string.Empty;
    }

    private static int Distance(string a, string b)
    {
        var row = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                int cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + cost);
                diagonal = above;
            }
        }

        return row[b.Length];
    }

    /// <summary>Unwinds the parser after the first syntax error, which has been recorded.</summary>
    private sealed class SyntaxError : Exception;
}
