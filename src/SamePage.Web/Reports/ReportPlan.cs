using System.Collections.Concurrent;
using SamePage.Core.Actuals;
using SamePage.Core.Values;
using SamePage.Web.Charts;

namespace SamePage.Web.Reports;

/// <summary>
/// The pieces of a partner report that do not depend on the partner, computed once per solution × segment:
/// the planned business case, its simulation against the target, its charts per language, and the peer aggregate.
/// Thread-safe: batch workers share one plan.
/// </summary>
public sealed class ReportPlan
{
    private readonly ConcurrentDictionary<string, Lazy<(byte[] CashFlow, byte[] Waterfall)>> _charts = new(StringComparer.Ordinal);

    public ReportPlan(string vendor, string solution, string segment, CompiledValueModel? model, DateOnly? targetDue, double? targetNpv, ActualsSummary? peers, int anonymityThreshold, decimal servicesGrossMargin)
    {
        Vendor = vendor;
        Solution = solution;
        Segment = segment;
        Model = model;
        TargetDue = targetDue;
        Peers = peers;
        AnonymityThreshold = anonymityThreshold;
        ServicesGrossMargin = servicesGrossMargin;
        if (model is not null)
        {
            Planned = model.Evaluate();
            // The target in force from the targets page; the model's own target is only its default.
            TargetNpv = targetNpv;
            Simulation = Data.Values.TargetStore.Simulate(model, TargetNpv);
        }
    }

    public string Vendor { get; }
    public string Solution { get; }
    public string Segment { get; }
    public CompiledValueModel? Model { get; }
    public BusinessCase? Planned { get; }
    public MonteCarloResult? Simulation { get; }
    public double? TargetNpv { get; }
    public DateOnly? TargetDue { get; }
    /// <summary>Realized-profit and factual-npv quartiles of the segment; null below the anonymity threshold.</summary>
    public ActualsSummary? Peers { get; }
    public int AnonymityThreshold { get; }
    public decimal ServicesGrossMargin { get; }

    /// <summary>The label of an input or driver in the language, falling back to its name.</summary>
    public string Label(string name, ReportLanguage language)
    {
        var document = Model?.Document;
        var label = document?.Inputs.FirstOrDefault(i => i.Name == name)?.Label ?? document?.Drivers.FirstOrDefault(d => d.Name == name)?.Label;
        return label?.For(language.Code) ?? name;
    }

    /// <summary>The planned cash-flow and waterfall charts as PNG, rendered once per language.</summary>
    public (byte[] CashFlow, byte[] Waterfall) Charts(ReportLanguage language) =>
        _charts.GetOrAdd(language.Code, _ => new Lazy<(byte[], byte[])>(() => language.InCulture(() =>
        {
            var planned = Planned ?? throw new InvalidOperationException("No value model: no plan charts.");
            var cashFlow = ChartStyle.Jpeg(ValueCharts.CumulativeCashFlow(planned, language.T("chart.cashflow"), language.T("chart.month"), language.T("chart.payback")), ReportCharts.Width, ReportCharts.Height);
            var waterfall = ChartStyle.Jpeg(ValueCharts.DriverWaterfall(planned, language.T("chart.waterfall"), n => Label(n, language), language.T("chart.netprofit")), ReportCharts.Width, ReportCharts.TallHeight);
            return (cashFlow, waterfall);
        }))).Value;
}

/// <summary>Chart sizes in the PDF (pixels of the PNG; the PDF scales them to the text width).</summary>
public static class ReportCharts
{
    public const int Width = 900;
    public const int Height = 400;
    public const int TallHeight = 470;
    public const double Aspect = (double)Height / Width;
    public const double TallAspect = (double)TallHeight / Width;
}
