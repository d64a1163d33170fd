using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SamePage.Data.Auditing;

/// <summary>Runs <see cref="OnSaving"/> on a SamePage context before each save, sync or async.</summary>
public abstract class SavingInterceptor : SaveChangesInterceptor
{
    protected abstract void OnSaving(SamePageDbContext db);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Run(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Run(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Run(DbContext? context)
    {
        if (context is SamePageDbContext db)
        {
            OnSaving(db);
        }
    }
}
