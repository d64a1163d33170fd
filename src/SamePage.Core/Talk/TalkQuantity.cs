namespace SamePage.Core.Talk;

/// <summary>An amount or percentage in a sentence; Unit is a currency code (EUR, USD, …), "%" or "x".</summary>
public sealed record TalkQuantity(string Text, int Start, int End, decimal Value, string Unit);
