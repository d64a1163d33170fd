namespace SamePage.Web.Reports;

/// <summary>Registration of the report services and of the sections other features add to the reports.</summary>
public static class ReportServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddScoped<PartnerReportService>();
        services.AddScoped<VendorSummaryReport>();
        services.AddSingleton<PartnerReportBatch>();
        services.AddReportSection<PerceivedValueSection>();
        services.AddReportSection<MeasuresSection>();
        return services;
    }

    /// <summary>Adds a section to the reports of its <see cref="IReportSection.Kinds"/>; resolved per request (scoped).</summary>
    public static IServiceCollection AddReportSection<T>(this IServiceCollection services)
        where T : class, IReportSection
    {
        services.AddScoped<IReportSection, T>();
        return services;
    }
}
