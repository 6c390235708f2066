from <<pkg>>.<<module>> import <<Cls>>, validate_<<module>>


def test_merged_keeps_original():
    item = <<Cls>>("alpha", {"level": "1"})
    merged = item.merged(level="2")
    assert merged.options == {"level": "2"}
    assert item.options == {"level": "1"}


def test_validate_rejects_blank_name():
    assert validate_<<module>>(<<Cls>>("  ")) == ["name must not be empty"]
