// Live preview: typing a question text updates both preview columns at once.
document.querySelectorAll('[data-preview]').forEach(function (input) {
    input.addEventListener('input', function () {
        document.querySelectorAll('[data-preview-text="' + input.dataset.preview + '"]').forEach(function (target) {
            target.textContent = input.value;
        });
    });
});
