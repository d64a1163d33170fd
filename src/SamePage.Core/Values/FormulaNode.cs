namespace SamePage.Core.Values;

/// <summary>A node of a parsed formula. Position is the 1-based character index in the formula text.</summary>
public abstract record FormulaNode(int Position);

/// <summary>A number literal.</summary>
public sealed record NumberNode(double Value, int Position) : FormulaNode(Position);

/// <summary>A name: an input, a driver, or the built-ins <c>month</c> and <c>active</c>.</summary>
public sealed record NameNode(string Name, int Position) : FormulaNode(Position);

/// <summary>A unary operator: <c>-</c>, <c>+</c> or <c>!</c>.</summary>
public sealed record UnaryNode(string Operator, FormulaNode Operand, int Position) : FormulaNode(Position);

/// <summary>A binary operator: arithmetic, power, comparison or logical.</summary>
public sealed record BinaryNode(string Operator, FormulaNode Left, FormulaNode Right, int Position) : FormulaNode(Position);

/// <summary>A function call such as <c>min(a, b)</c> or <c>if(c, a, b)</c>.</summary>
public sealed record CallNode(string Function, IReadOnlyList<FormulaNode> Arguments, int Position) : FormulaNode(Position);
