namespace SamePage.Core.Talk;

/// <summary>A driver's yearly figure from the value model, used to fill suggestions ("~ 12.000 € im Jahr").</summary>
public sealed record DriverFigure(string Name, string LabelEn, string LabelDe, decimal AnnualValue, string Currency);
