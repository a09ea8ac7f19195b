// Small helpers shared by the QML tests (no state).
.pragma library

// Digits of `pin` on a PinPad, then Confirm.
function typePin(testCase, pad, pin) {
    for (let i = 0; i < pin.length; ++i) {
        const key = testCase.findChild(pad, "pinKey" + pin[i])
        testCase.verify(key, "key " + pin[i])
        testCase.mouseClick(key)
    }
    const confirm = testCase.findChild(pad, "pinConfirm")
    testCase.verify(confirm.enabled, "Confirm enabled after " + pin.length + " digits")
    testCase.mouseClick(confirm)
}
