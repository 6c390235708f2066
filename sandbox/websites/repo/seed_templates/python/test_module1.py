from <<pkg>>.<<module>> import <<Cls>>, strip_empty


def test_steps_run_in_order():
    chain = <<Cls>>().then(str.strip).then(str.upper)
    assert chain.run("  hi ") == "HI"
    assert len(chain) == 2


def test_strip_empty():
    assert strip_empty(["a", " ", "", "b"]) == ["a", "b"]
