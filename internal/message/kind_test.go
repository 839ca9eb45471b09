package message

import (
	"errors"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestKindError(t *testing.T) {
	errKind := errors.New("unknown thing")
	english := &KindError{Kind: errKind, Text: "no thing named x"}
	wrapped := fmt.Errorf("looking: %w", english)
	assert.ErrorIs(t, wrapped, errKind, "the kind is what errors.Is finds")
	assert.Equal(t, "no thing named x", english.Error())
	assert.Equal(t, "no thing named x", english.Render(ZH), "without a code the text is English in every language")

	m := New(CatArrayOf, "x")
	coded := &KindError{Kind: errKind, Text: m.Render(EN), Msg: m}
	assert.Equal(t, m.Render(EN), coded.Error())
	assert.Equal(t, m.Render(ZH), coded.Render(ZH))
	assert.NotEqual(t, coded.Error(), coded.Render(ZH), "the code renders in Chinese")
	assert.Equal(t, "looking: "+m.Render(ZH), RenderError(fmt.Errorf("looking: %w", coded), ZH))
}
